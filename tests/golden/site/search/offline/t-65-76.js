/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-76",{"even":"1c","everybodi":"11,4"});
