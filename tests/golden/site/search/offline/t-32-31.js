/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-32-31",{"21":[[5,1,0],[15,1,0],[58,1,2]]});
