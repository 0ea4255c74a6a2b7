/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-72","q1YqUrJSMszVS1KqBQA=");
