/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-72",{"r":"1m"});
