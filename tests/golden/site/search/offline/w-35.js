/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("w-35",{"56":["",1],"5668":["",1]});
