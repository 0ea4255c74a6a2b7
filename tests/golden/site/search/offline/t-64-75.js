/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-64-75",{"due":[[39,1,1]],"dur":[[47,1,1]]});
