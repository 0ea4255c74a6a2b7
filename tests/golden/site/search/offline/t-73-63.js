/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-63","q1YqTi7KLChRslIyrNLL1stTqgUA");
