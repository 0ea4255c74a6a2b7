/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-63-72",{"creation":"1v","crime":"1i","crimin":"z","crowd":"h","crowfoot":"20"});
