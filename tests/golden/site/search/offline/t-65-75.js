/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-75",{"european":"1p"});
