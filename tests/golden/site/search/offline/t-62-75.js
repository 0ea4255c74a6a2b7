/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-62-75",{"build":[[47,1,1]],"bukovsky":[[5,1,0]],"burden":[[45,1,1]],"but":[[38,1,1],[40,1,1],[65,1,2],[66,1,2]]});
