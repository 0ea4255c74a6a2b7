/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-70-70","q1YqKFCyUjLM1UtUqgUA");
