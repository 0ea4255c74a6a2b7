/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-70-62",{"pb":[[57,1,2],[58,1,2]]});
