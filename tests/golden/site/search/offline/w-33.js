/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("w-33",{"3":["3",1]});
