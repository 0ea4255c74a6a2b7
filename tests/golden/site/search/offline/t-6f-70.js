/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6f-70",{"opinion":"h,y*2"});
