/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-77-72",{"write":[[17,1,0]],"written":[[71,1,2]]});
