/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-72-61",{"race":[[41,1,1],[43,1,1],[45,1,1],[54,1,1]],"rais":[[35,1,1]],"raise":[[45,1,1]],"rally":[[5,2,0],[15,1,0],[16,1,0],[18,1,0]]});
