/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-31","q1YyVLJSMqzSM1CqBQA=");
