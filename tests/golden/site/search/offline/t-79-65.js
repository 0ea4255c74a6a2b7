/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-79-65",{"year":"5,a,2,1c","years…":"1t"});
