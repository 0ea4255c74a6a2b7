/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-74-79",{"typ":[[71,1,2]],"tyranny":[[19,1,0]]});
