/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6d-65",{"mean":[[16,1,0],[17,1,0]],"measure":[[17,1,0],[64,1,2]],"medical":[[40,1,1]],"meet":[[26,1,1],[34,1,1],[51,2,1]],"method":[[67,1,2]]});
