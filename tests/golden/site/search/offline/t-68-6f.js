/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-68-6f",{"hostile":[[4,1,0],[63,1,2],[66,1,2]],"how":[[38,1,1],[44,1,1],[70,1,2]],"however":[[16,1,0],[48,1,1],[54,1,1],[67,1,2]]});
