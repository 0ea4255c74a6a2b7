/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-66-61",{"fact":"i*2,i,3,c,i","fascist":"j","fashion":"1r"});
