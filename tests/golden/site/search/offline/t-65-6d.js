/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-6d",{"embassy":[[48,1,1],[51,2,1],[63,2,2],[69,1,2]],"emphasise":[[65,1,2],[67,1,2]],"emphasiz":[[53,1,1]]});
