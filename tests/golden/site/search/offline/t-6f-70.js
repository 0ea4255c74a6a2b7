/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6f-70",{"opinion":[[17,1,0],[51,2,1]]});
