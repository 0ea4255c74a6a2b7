/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-76-61",{"value":"1f","vance":"r,7,j"});
