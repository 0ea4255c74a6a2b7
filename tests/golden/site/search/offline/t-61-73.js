/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-73",{"as":"5,a,q,2,2,2,4,4,6,2,5,1*2,1","ask":"1d","assert":"1u","assess":"g,1,1","assist":"14"});
