/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-70-6c",{"place":"1f,e,1","ploy":"g,1"});
