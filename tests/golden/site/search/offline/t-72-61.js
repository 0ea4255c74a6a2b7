/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-72-61",{"race":"15,2,2,9","rais":"z,a","ralli":"5*2,a,1,2"});
