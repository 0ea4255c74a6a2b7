/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-63-75",{"current":"11"});
