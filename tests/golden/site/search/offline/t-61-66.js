/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-66",{"affair":[[13,1,0],[36,1,1],[47,1,1],[53,1,1],[55,1,1],[63,1,2],[66,1,2]],"after":[[52,1,1]]});
