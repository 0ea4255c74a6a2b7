/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-64-6f",{"do":"16","dobrynin":"1h","document":"1j,g","doe":"10,v","domest":"10,a,1,6,2","done":"10"});
