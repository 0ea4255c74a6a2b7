/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-6b","q1Yqzs7MUbJSMizXMzRXqgUA");
