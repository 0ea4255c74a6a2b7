/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-66",{"af":"1h","affair":"d,n,b,6,2,8,3","after":"1g"});
