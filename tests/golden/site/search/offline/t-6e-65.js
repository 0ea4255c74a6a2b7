/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6e-65",{"necessary":[[20,1,0]],"negative":[[65,1,2],[68,1,2]],"new":[[61,1,2]]});
