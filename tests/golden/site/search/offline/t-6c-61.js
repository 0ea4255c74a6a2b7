/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6c-61",{"laid":[[68,1,2]],"last":[[51,1,1],[65,1,2]],"later":[[16,1,0]],"law":[[35,1,1],[41,2,1],[50,2,1]],"lawless":[[4,1,0]]});
