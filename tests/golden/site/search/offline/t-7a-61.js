/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-7a-61",{"zagladin":"9","zamiatin":"p"});
