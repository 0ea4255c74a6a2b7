/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-63",{"script":"1z*2"});
