/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-32-35",{"25":[[10,2,0]],"25s2025":[[10,1,0]]});
