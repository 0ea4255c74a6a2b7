/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-68-75",{"human":[[27,1,1],[36,1,1],[44,2,1],[45,1,1],[48,1,1],[51,1,1],[53,1,1],[54,1,1],[57,1,2],[58,1,2],[61,1,2],[66,1,2],[68,1,2],[69,1,2],[70,2,2]]});
