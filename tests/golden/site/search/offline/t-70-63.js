/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-70-63",{"pcf":"5,b*3,1,1*2"});
