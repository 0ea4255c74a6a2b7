/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-32-31",{"21":"5,a,17"});
