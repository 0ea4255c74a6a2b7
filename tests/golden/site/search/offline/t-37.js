/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-37","q1YyV7JSKtUzV6oFAA==");
