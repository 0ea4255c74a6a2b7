/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-63-68",{"change":"10","channel":"j,x","character":"1p"});
