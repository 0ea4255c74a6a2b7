/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73","q1YqVrJSMszQS1OqBQA=");
