/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-62-61",{"basic":[[38,1,1],[44,1,1],[55,1,1]]});
