/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-35-36",{"56":"1l,1","5668":"1l,1"});
