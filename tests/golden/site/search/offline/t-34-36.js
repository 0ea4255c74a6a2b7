/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-34-36",{"46":"o,2,5"});
