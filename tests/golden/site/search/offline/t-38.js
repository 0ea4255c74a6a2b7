/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-38","q1ayULJSMkzTMzRRqgUA");
