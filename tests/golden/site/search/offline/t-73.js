/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73",{"s":[[10,1,0],[53,1,1]]});
