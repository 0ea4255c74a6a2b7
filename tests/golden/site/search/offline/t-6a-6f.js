/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6a-6f",{"john":[[72,1,2]],"join":[[61,1,2]],"journalist":[[48,1,1]]});
