/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-71-75",{"question":[[27,1,1],[28,1,1],[35,1,1],[38,1,1],[39,1,1],[45,1,1],[46,1,1],[54,1,1]]});
