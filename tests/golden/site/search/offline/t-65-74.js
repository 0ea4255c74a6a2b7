/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-74",{"etc":[[51,1,1],[54,1,1]],"ethnic":[[43,1,1]]});
