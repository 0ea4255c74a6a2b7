/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-68-65",{"head":[[9,1,0]],"held":[[5,1,0],[15,1,0],[18,1,0]]});
