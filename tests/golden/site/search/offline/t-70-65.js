/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-70-65",{"peace":[[63,1,2]],"peaceful":[[55,1,1]],"penal":[[70,1,2]],"people":[[37,1,1],[41,2,1],[42,1,1],[43,1,1],[45,1,1],[48,1,1],[54,1,1],[55,1,1],[69,1,2]],"period":[[67,1,2]],"persecution":[[43,1,1]],"person":[[48,1,1]],"personal":[[54,1,1]],"personnel":[[48,1,1]]});
