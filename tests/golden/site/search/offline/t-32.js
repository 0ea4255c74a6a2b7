/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-32","q1YyUrJSMqzSS1KqBQA=");
