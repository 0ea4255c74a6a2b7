/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("w-36",{"68":["",1]});
