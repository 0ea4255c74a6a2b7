/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-75",{"subject":[[46,1,1],[54,1,1],[66,1,2]],"such":[[6,1,0],[36,1,1],[38,1,1],[41,1,1],[43,1,1],[51,1,1],[54,1,1],[65,1,2],[67,1,2]],"suggestion":[[70,1,2]],"support":[[4,2,0],[5,1,0],[44,1,1],[48,1,1]],"supposedly":[[66,1,2]],"supreme":[[68,1,2]],"suslov":[[25,1,1]]});
