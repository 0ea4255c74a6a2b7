/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-74-69","q1YqycxNVbJSMtXL0DE00DNWqgUA");
