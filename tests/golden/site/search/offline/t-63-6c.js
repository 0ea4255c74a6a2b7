/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-63-6c",{"clarity":"12","clear":"1i","clearly":"1b","close":"1r"});
