/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-66-65",{"february":[[26,1,1],[51,1,1],[53,1,1]],"few":[[65,1,2]]});
