/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6f-75",{"our":[[17,1,0],[35,1,1],[36,1,1],[37,1,1],[38,1,1],[40,1,1],[41,2,1],[42,2,1],[43,2,1],[45,2,1],[47,1,1],[50,1,1],[69,2,2],[70,1,2]],"ourselve":[[45,1,1]],"out":[[63,1,2]],"outcry":[[61,1,2]],"outlook":[[63,1,2]],"outright":[[48,1,1]]});
