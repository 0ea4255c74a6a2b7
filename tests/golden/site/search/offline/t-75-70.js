/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-75-70",{"upon":"12,g"});
