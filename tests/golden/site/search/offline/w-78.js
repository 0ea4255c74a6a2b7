/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("w-78",{"x":["X",1]});
