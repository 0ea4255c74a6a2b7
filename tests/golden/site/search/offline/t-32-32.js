/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-32-32","q1YyMlKyUsrUy1SqBQA=");
