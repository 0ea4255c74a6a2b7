/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6f-77",{"own":"11*2,6,4,4,3"});
