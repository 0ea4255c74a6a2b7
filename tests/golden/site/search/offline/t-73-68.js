/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-68",{"shak":[[65,1,2]],"should":[[20,1,0],[44,1,1],[45,1,1],[46,1,1],[47,1,1],[51,1,1],[52,1,1],[54,1,1],[68,2,2],[69,1,2]]});
