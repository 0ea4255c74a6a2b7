/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-36-38",{"68":"1l,1"});
