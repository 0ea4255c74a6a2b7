/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-6d",{"embassi":"1c,3*2,c*2,6","emphas":"1h","emphasis":"1t,2"});
