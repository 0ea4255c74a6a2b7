/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-6e",{"encrypt":"d","environ":"19"});
