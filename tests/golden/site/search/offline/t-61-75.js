/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-75",{"audience":"1r","authorisation":"8","authority":"1e"});
