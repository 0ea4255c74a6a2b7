/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6b-69",{"kind":[[15,1,0],[52,1,1]],"kirilenko":[[25,1,1]]});
