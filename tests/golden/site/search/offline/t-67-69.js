/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-67-69",{"ginzburg":[[35,1,1]],"give":[[4,1,0],[15,2,0]],"given":[[18,1,0]]});
