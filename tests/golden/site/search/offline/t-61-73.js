/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-73",{"as":[[5,1,0],[15,1,0],[41,1,1],[43,1,1],[45,1,1],[47,1,1],[51,1,1],[55,1,1],[61,1,2],[63,1,2],[68,1,2],[69,2,2],[70,1,2]],"ask":[[49,1,1]],"assertion":[[66,1,2]],"assessment":[[16,1,0],[17,1,0],[18,1,0]],"assistance":[[40,1,1]]});
