/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-62-79",{"by":[[4,3,0],[18,1,0],[19,1,0],[35,2,1],[43,1,1],[44,2,1],[50,2,1],[51,1,1],[55,1,1],[66,1,2],[68,1,2],[71,3,2]]});
