/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-31-39",{"19":"1l,1","1933":"1b","1972":"1b","1976":"a","1977":"q,v,1"});
