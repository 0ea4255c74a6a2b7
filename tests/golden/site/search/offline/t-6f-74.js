/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6f-74",{"other":[[5,1,0],[15,1,0],[20,1,0],[43,1,1],[45,1,1],[47,3,1],[53,1,1],[54,1,1],[55,1,1],[61,1,2],[63,2,2],[66,1,2],[67,1,2]]});
