/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-77-6f",{"women":[[43,1,1],[54,1,1]],"word":[[71,1,2]],"work":[[20,1,0],[40,1,1],[63,2,2],[70,1,2]],"world":[[17,1,0],[21,1,1],[45,1,1],[64,1,2],[68,1,2]],"worldview":[[67,1,2]],"would":[[6,1,0],[16,1,0],[43,1,1],[45,3,1],[54,1,1]]});
