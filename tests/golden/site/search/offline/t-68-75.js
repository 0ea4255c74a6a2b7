/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-68-75",{"human":"r,9,8*2,1,3,3,2,1,3,1,3,5,2,1,1*2"});
