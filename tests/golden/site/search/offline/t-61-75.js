/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-75",{"audienc":"1r","author":"1e","authoris":"8"});
