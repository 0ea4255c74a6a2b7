/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-70-61",{"page":[[17,1,0],[59,1,2],[62,1,2],[64,1,2]],"pari":[[5,1,0],[15,1,0]],"part":[[5,1,0],[16,1,0],[18,2,0],[45,1,1]],"particular":[[15,1,0],[66,1,2],[70,1,2]],"partner":[[47,1,1]],"party":[[5,1,0],[16,1,0],[19,2,0],[22,1,1]],"pass":[[70,1,2]],"past":[[61,1,2]],"pay":[[70,1,2]]});
