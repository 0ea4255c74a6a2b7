/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-78","q1aqULJSKtMzVqoFAA==");
