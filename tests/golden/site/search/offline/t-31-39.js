/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-31-39",{"19":[[57,1,2],[58,1,2]],"1933":[[47,1,1]],"1972":[[47,1,1]],"1976":[[10,1,0]],"1977":[[26,1,1],[57,1,2],[58,1,2]]});
