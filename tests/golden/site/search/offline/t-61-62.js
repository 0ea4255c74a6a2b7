/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-62",{"about":[[3,1,0],[27,1,1],[44,1,1],[48,1,1],[49,1,1],[66,1,2],[68,1,2],[69,1,2]],"above":[[65,1,2]],"absolutely":[[47,1,1]]});
