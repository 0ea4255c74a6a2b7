/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("w-30",{"030":["",1],"03043":["",1]});
