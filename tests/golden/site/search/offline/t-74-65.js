/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-74-65",{"telegram":"7","telegraph":"1k","tell":"y","tendenc":"15","tension":"1t","text":"7,c,1g"});
