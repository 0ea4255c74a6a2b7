/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-63-70",{"cpsu":[[2,1,0],[17,1,0],[26,1,1],[30,1,1]]});
