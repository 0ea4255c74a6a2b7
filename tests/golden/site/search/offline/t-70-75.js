/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-70-75",{"public":[[17,1,0],[51,2,1],[66,1,2],[69,1,2]],"publicize":[[48,1,1]],"publish":[[16,1,0]],"punishable":[[35,1,1]],"purpose":[[15,1,0],[19,1,0],[48,1,1]]});
