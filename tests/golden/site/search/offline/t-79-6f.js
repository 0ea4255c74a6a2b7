/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-79-6f",{"you":"h,3,e,5,a,e,6,1","your":"h,2"});
