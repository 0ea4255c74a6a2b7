/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-67-75",{"guarantee":[[40,1,1],[45,1,1],[54,1,1]],"guard":[[41,1,1]],"guid":[[55,1,1]],"guidance":[[6,1,0],[17,1,0]]});
