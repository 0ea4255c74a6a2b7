/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-201c-76",{"“violat":"1p"});
