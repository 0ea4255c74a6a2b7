/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6f-74",{"other":"5,a,5,n,2,2*3,6,1,1,6,2*2,3,1"});
