/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6e-61",{"name":"10,c,1","nation":"15,a","natur":"1r*2,2"});
