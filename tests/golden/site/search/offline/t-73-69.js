/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-69",{"sic":[[49,1,1]],"side":[[50,1,1],[53,2,1],[54,2,1]],"sign":[[47,1,1]],"signature":[[9,1,0]],"simultaneously":[[15,1,0]],"situation":[[37,1,1]]});
