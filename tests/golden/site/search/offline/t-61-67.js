/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-67",{"against":"j,w*2,j","aggravate":"1i","aggravation":"19","agreement":"1c"});
