/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-64-e9",{"détente":"1t"});
