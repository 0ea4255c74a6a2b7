/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-70-6c",{"plac":"1u","place":"1f,e","ploy":"g,1"});
