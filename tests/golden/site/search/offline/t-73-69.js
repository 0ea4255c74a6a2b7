/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-69",{"sic":"1d","side":"1e,3*2,1*2","sign":"1b","signatur":"9","simultan":"f","situat":"11"});
