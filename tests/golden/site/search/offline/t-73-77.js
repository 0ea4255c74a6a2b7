/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-77",{"sweden":"6","switzerland":"6"});
