/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-69-6c","q1bKzMlJTVeyUjIs0zNMUqoFAA==");
