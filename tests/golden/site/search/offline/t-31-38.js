/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-31-38",{"18":[[5,1,0],[17,1,0],[26,1,1]]});
