/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-76","q1YqU7JSstQzV6oFAA==");
