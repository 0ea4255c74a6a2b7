/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-63-65",{"cease":[[67,1,2]],"central":[[2,1,0],[5,1,0],[16,1,0],[17,1,0],[19,1,0],[22,1,1]],"centre":[[70,1,2]],"certain":[[3,1,0],[15,1,0],[61,1,2],[63,1,2],[66,1,2]],"certainly":[[39,1,1]]});
