/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-63-63",{"cc":[[26,1,1],[29,1,1],[30,1,1]]});
