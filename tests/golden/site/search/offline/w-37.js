/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("w-37",{"7":["7",1]});
