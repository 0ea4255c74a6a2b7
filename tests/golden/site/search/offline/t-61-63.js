/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-63",{"accident":"1b","accord":"z,f","act":"1f","action":"4,v,d,2*2,3","activ":"4,18,f,6","actual":"17,5"});
