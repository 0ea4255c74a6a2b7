/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-31-38",{"18":"5,c,9"});
