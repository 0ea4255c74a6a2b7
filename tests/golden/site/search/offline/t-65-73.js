/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-73",{"essence":[[36,1,1]],"establishment":[[47,1,1]]});
