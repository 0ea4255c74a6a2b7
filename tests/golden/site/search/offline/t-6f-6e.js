/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6f-6e",{"on":"5,1,9,2,1,8,1,4,6,1,4*2,1,8*2,2,5,7,1,2,1,1","one":"11,1,6*2,3,4,3","onli":"14,8,6,1"});
