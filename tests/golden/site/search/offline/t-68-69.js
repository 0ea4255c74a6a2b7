/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-68-69",{"hidden":[[64,1,2]],"hide":[[51,1,1]],"highest":[[61,1,2]],"highly":[[66,1,2]],"highlyplac":[[66,1,2]],"him":[[34,1,1]],"his":[[27,1,1],[34,1,1],[35,1,1],[53,1,1]]});
