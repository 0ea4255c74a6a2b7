/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-71-75",{"question":"r,1,7,3,1,6,1,8"});
