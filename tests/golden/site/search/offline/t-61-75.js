/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-75",{"audience":[[63,1,2]],"authorisation":[[8,1,0]],"authority":[[50,1,1]]});
