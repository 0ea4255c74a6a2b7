/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-67-69",{"ginzburg":"z","give":"4,b*2","given":"i"});
