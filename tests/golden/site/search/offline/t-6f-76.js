/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6f-76",{"over":[[36,1,1],[48,1,1],[65,1,2]]});
