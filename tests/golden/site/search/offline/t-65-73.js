/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-73",{"essence":"10","establishment":"1b"});
