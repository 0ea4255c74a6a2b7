/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-69-66",{"if":[[20,1,0],[43,1,1],[44,1,1],[45,1,1],[49,1,1]]});
