/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6f-77",{"own":[[37,2,1],[43,1,1],[47,1,1],[51,1,1],[54,1,1]]});
