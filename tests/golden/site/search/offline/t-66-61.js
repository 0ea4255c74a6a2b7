/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-66-61",{"fact":[[18,2,0],[36,1,1],[39,1,1],[51,1,1],[69,1,2]],"fascist":[[19,1,0]],"fashion":[[63,1,2]]});
