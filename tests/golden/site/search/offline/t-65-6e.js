/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-6e",{"encrypt":[[13,1,0]],"environment":[[45,1,1]]});
