/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-71",{"equal":"15"});
