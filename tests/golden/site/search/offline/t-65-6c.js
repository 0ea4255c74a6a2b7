/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-6c","q1ZKzSlWslIyNNLLUaoFAA==");
