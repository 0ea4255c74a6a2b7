/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-77-72",{"write":"h","written":"1z"});
