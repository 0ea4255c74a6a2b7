/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-70-68",{"phoney":"1p","phrase":"1z"});
