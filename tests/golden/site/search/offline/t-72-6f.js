/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-72-6f","q1Yqys9NVbJSStEzUKoFAA==");
