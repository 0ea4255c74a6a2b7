/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-71","q1ZKLSxNzFGyUjI01TPMUqoFAA==");
