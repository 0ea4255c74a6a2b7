/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-32-30",{"20":"1s","2025":"a"});
