/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6e-65",{"necessary":"k","negative":"1t,3","new":"1p"});
