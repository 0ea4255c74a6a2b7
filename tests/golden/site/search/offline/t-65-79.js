/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-79","q1ZKrUxVslLK0DPMU6oFAA==");
