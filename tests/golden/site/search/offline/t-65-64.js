/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-64",{"editor":"1z","educ":"k,k"});
