/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-77",{"sweden":[[6,1,0]],"switzerland":[[6,1,0]]});
