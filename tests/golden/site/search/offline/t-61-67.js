/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-67",{"against":"j,w*2,j","aggrav":"19,9","agreement":"1c"});
