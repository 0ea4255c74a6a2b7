/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-75-72",{"uruguay":[[19,2,0]],"uruguayan":[[5,1,0],[19,1,0]]});
