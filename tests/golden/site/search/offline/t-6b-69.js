/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6b-69",{"kind":"f,11","kirilenko":"p"});
