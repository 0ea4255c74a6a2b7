/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("w-34",{"43":["",1],"46":["46",1]});
