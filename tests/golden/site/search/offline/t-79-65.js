/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-79-65",{"year":[[5,1,0],[15,1,0],[17,1,0],[65,1,2]]});
