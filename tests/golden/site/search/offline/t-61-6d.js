/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-6d",{"ambassador":"3,3,1,7,d,1,5,g,4,5,2","american":"z,d*2,2,1*3,2*2,2,6"});
