/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-79",{"system":[[39,1,1],[40,1,1],[42,1,1],[46,1,1],[51,1,1],[65,1,2]],"systematic":[[44,1,1],[63,1,2]],"systematically":[[70,1,2]]});
