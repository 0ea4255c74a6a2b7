/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-34-33",{"43":"5"});
