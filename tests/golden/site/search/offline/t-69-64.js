/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-69-64",{"idea":"15","ideolog":"13,7,k,1*2"});
