/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-35-36",{"56":[[57,1,2],[58,1,2]],"5668":[[58,1,2]]});
