/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-67",{"against":[[19,1,0],[51,2,1],[70,1,2]],"aggravate":[[54,1,1]],"aggravation":[[45,1,1]],"agreement":[[48,1,1]]});
