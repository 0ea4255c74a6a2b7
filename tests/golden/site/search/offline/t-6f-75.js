/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6f-75","JYzBDsIwDEP/JefIUoY2Nj6HUtFukzpCy4GJfydtD07ip9gnpaJ0o4DCES8WXE1qkoMHODtmfG1ODXrcjT4gsy1Z+AIZecWIqSY8ca17+/1jlbKgNJCrUUjozmms4EDufk9p6x9DL8gan6GFHETo9wc=");
