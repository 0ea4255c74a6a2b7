/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("w-7a",{"zagladin":["Zagladin",1],"zamiatin":["Zamiatin",1],"zealous":["zealously",1]});
