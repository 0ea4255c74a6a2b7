/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-62-79",{"by":"4*3,e,1,g*2,8,1*2,6*2,1,4,b,2,3*3"});
