/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6a-75",{"judici":"1y","jurisdict":"12","just":"1c"});
