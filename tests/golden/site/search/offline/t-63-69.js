/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-63-69",{"circle":[[16,1,0],[61,1,2],[68,1,2]],"citizen":[[35,1,1],[40,1,1],[43,1,1],[50,1,1],[54,1,1]]});
