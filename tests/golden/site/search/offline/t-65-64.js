/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-64",{"editor":[[71,1,2]],"education":[[40,1,1]],"educational":[[20,1,0]]});
