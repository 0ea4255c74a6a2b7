/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("w-5f",{"___________________________________________________________________":["",1]});
