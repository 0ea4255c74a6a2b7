/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-74-61",{"tactic":[[67,1,2]],"tak":[[65,1,2]],"take":[[16,1,0],[17,1,0],[50,1,1]],"talk":[[49,1,1]],"tass":[[18,1,0],[19,1,0],[52,1,1]]});
