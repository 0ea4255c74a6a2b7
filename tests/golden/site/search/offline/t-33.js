/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-33","q1YyVrJSMqzSy1GqBQA=");
