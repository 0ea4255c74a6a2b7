/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-63-69",{"circl":"g,19,7","citizen":"z,5,3,7,4"});
