/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6e","q1bKU7JSMtUzzFSqBQA=");
