/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-70-68",{"phoney":[[61,1,2]],"phrase":[[71,1,2]]});
