/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6d-61",{"made":[[6,1,0],[15,1,0]],"madrid":[[13,1,0]],"make":[[38,1,1],[54,1,1]],"man":[[42,1,1]],"many":[[69,1,2]],"margin":[[30,1,1]],"masser":[[5,1,0]],"material":[[20,1,0]],"matter":[[36,1,1],[38,2,1]],"may":[[6,1,0],[57,1,2],[58,1,2]]});
