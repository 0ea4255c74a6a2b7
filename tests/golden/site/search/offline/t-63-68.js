/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-63-68",{"chang":"10","channel":"j,x","charact":"1p"});
