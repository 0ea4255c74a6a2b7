/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6e-65",{"necessari":"k","negat":"1t,3","new":"1p"});
