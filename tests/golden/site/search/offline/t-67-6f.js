/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-67-6f",{"goal":[[45,1,1],[53,1,1]],"going":[[42,1,1]],"government":[[53,1,1],[63,1,2]]});
