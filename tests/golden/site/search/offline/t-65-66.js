/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-66",{"effect":"1t","effort":"19"});
