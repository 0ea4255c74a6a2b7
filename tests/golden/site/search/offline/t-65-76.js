/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-76",{"even":[[48,1,1]],"everybody":[[37,1,1],[41,1,1]]});
