/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-66",{"effect":[[65,1,2]],"effort":[[45,1,1]]});
