/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-78",{"exactly":[[49,1,1]],"excerpt":[[58,1,2]],"exert":[[70,1,2]],"exist":[[43,1,1]],"existence":[[55,1,1]],"expedient":[[6,1,0],[17,1,0]],"expos":[[16,1,0],[63,1,2],[68,1,2]],"expose":[[17,1,0]],"express":[[47,1,1]],"extract":[[26,1,1]],"extremely":[[51,1,1]]});
