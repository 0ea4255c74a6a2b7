/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-76-61",{"valu":"1f","vanc":"r,7,j"});
