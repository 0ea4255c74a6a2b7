/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6a-75",{"judicial":"1y","jurisdiction":"12","just":"1c"});
