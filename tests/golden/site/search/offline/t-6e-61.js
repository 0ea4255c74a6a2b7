/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6e-61",{"name":[[36,1,1],[48,1,1],[49,1,1]],"national":[[41,1,1],[51,1,1]],"naturally":[[63,1,2],[65,1,2]],"nature":[[63,1,2]]});
