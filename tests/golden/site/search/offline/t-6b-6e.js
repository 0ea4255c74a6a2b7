/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6b-6e",{"know":[[51,1,1]],"known":[[51,1,1]]});
