/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-75-72",{"uruguay":"j*2","uruguayan":"5,e"});
