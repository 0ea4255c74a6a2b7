/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-69-74",{"it":[[6,1,0],[16,1,0],[38,3,1],[43,1,1],[45,1,1],[47,1,1],[48,2,1],[51,2,1],[53,1,1],[54,3,1],[55,1,1],[61,1,2]],"italic":[[71,2,2]],"italy":[[6,1,0]],"its":[[47,1,1],[51,1,1],[63,2,2]],"itself":[[68,2,2]]});
