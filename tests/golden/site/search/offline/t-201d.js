/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-201d",{"”":"1r"});
