/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-62-61",{"basic":"12,6,b"});
