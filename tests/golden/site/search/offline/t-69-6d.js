/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-69-6d",{"imagine":[[43,1,1]],"impose":[[42,1,1],[51,1,1],[54,1,1]]});
