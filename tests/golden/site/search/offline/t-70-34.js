/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-70-34","q1YqMDGrULJSytczVKoFAA==");
