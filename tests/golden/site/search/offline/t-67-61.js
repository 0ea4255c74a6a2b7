/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-67-61",{"gather":[[18,1,0]],"gave":[[16,1,0]]});
