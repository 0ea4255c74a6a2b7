/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-7a-65",{"zealous":"1p"});
