/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-64-6f","LczRCoAgDAXQf9nzGE4ior8xkzTSoCyI6N/T1cPgcrh3N4wr9MAtMWDJw3alkKp4MiL2iC7lKjOxx4lYibtKihY8KQhEt+fPOjTlmLTG8jejJm6kkv6RhecF");
