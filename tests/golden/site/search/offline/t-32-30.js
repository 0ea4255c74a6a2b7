/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-32-30",{"20":[[64,1,2]],"2025":[[10,1,0]]});
