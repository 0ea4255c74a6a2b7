/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("w-71",{"question":["questions",1]});
