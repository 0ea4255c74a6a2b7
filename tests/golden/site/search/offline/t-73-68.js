/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-68",{"shake":"1t","should":"k,o,1,1,1,4,1,2,e*2,1"});
