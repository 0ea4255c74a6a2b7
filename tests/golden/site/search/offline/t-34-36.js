/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-34-36",{"46":"q,5"});
