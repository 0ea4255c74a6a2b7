/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-70-6c",{"plac":[[66,1,2]],"place":[[51,1,1],[65,1,2]],"ploy":[[16,1,0],[17,1,0]]});
