/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-70",{"apparently":[[45,1,1]],"appearance":[[15,1,0]],"approache":[[39,1,1]],"approv":[[28,1,1],[48,1,1]]});
