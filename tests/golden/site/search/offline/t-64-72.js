/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-64-72",{"draft":[[28,2,1]],"drew":[[53,1,1]]});
