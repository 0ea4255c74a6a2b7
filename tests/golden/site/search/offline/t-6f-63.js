/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6f-63",{"octob":"5*2,5,5,2,1"});
