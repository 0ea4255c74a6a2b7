/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-64",{"addendum":[[12,1,0]],"administration":[[38,1,1],[48,1,1],[61,1,2]]});
