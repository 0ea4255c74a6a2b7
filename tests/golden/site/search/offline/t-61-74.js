/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-74",{"at":[[5,1,0],[41,1,1]],"attach":[[7,1,0],[28,1,1]],"attack":[[70,1,2]],"attempt":[[4,1,0],[6,1,0],[15,1,0],[19,1,0],[41,1,1],[51,1,1],[53,1,1],[54,1,1],[68,1,2]],"attention":[[53,1,1],[70,1,2]],"attitude":[[48,1,1]]});
