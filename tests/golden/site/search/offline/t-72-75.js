/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-72-75",{"rul":[[68,1,2]]});
