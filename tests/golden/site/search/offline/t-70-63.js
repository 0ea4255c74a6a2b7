/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-70-63",{"pcf":[[5,1,0],[16,3,0],[17,1,0],[18,2,0]]});
