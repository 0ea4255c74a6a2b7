/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-69-73",{"is":"7,l*2,8,2*2,3,1,1,4,1*2,2,1*4,4,6,2,3,5*2","issu":"6,d,i,l"});
