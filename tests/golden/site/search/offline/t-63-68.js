/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-63-68",{"change":[[36,1,1]],"channel":[[19,1,0],[52,1,1]],"character":[[61,1,2]]});
