/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-66-72",{"frankly":[[61,1,2]],"fraternal":[[63,1,2]],"free":[[35,1,1],[40,1,1],[45,1,1]],"freedom":[[15,1,0]],"french":[[5,1,0],[16,1,0],[17,1,0]],"friendly":[[45,1,1]],"from":[[3,1,0],[16,1,0],[26,1,1],[38,1,1],[41,2,1],[43,1,1],[45,2,1],[47,1,1],[48,2,1]],"fruitfully":[[55,1,1]]});
