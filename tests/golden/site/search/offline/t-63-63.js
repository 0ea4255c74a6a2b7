/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-63-63",{"cc":"q,3,1"});
