/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-36-38",{"68":[[57,1,2],[58,1,2]]});
