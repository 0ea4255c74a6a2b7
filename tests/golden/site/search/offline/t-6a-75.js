/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6a-75",{"judicial":[[70,1,2]],"jurisdiction":[[38,1,1]],"just":[[48,1,1]]});
