/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-78",{"x":[[24,1,1],[31,1,1]]});
