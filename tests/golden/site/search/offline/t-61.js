/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61",{"a":"4*2,1*3,a,1*3,1,1*2,1,g,2,1*3,7*2,3,3,a*2,2*3,2,1,1*2,1*2,3*2"});
