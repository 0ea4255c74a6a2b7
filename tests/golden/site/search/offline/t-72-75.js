/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-72-75","q1YqKs1JVbJSMizXS1eqBQA=");
