/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-76-61",{"value":[[51,1,1]],"vance":[[27,1,1],[34,1,1],[53,1,1]]});
