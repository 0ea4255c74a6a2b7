/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6f-63",{"october":[[5,2,0],[10,1,0],[15,1,0],[17,1,0],[18,1,0]]});
