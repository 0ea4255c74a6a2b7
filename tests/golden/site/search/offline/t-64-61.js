/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-64-61",{"dangerou":[[63,1,2]],"day":[[30,1,1]]});
