/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-73",{"essenc":"10","establish":"1b"});
