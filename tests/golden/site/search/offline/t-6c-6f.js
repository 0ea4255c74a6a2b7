/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6c-6f",{"london":[[13,1,0]],"long":[[16,1,0]]});
