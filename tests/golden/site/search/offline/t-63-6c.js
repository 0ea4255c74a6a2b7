/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-63-6c",{"clariti":"12","clear":"1b,7","close":"1r"});
