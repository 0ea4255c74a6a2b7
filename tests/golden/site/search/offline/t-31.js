/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-31",{"1":"1z"});
