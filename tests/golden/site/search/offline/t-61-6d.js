/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-6d",{"ambassador":[[3,1,0],[6,1,0],[7,1,0],[14,1,0],[27,1,1],[28,1,1],[33,1,1],[49,1,1],[53,1,1],[58,1,2],[60,1,2]],"american":[[35,1,1],[48,2,1],[50,1,1],[51,3,1],[53,2,1],[55,1,1],[61,1,2]]});
