/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-33",{"3":"1z"});
