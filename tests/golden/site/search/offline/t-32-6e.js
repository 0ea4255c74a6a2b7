/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-32-6e",{"2nd":"1"});
