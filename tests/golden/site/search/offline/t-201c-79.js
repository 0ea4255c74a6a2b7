/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-201c-79","q1Z61DCnMr9UyUrJsFLPQKkWAA==");
