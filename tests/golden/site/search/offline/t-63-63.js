/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-63-63","q1ZKTlayUirUs9Qx1jPWMdRLUqoFAA==");
