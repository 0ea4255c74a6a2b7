/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-67-65","q1ZKT81LLUrMUbJSKtVLUaoFAA==");
