/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-69-66",{"if":"k,n,1,1,4"});
