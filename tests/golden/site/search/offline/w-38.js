/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("w-38",{"8":["8",1]});
