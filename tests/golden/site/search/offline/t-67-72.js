/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-67-72",{"great":"6","gromyko":"p","ground":"1i"});
