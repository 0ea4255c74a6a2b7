/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-6c",{"aleksandr":[[35,1,1]],"all":[[40,1,1],[45,3,1],[48,1,1],[51,1,1],[53,1,1],[54,1,1],[60,1,2],[65,1,2],[68,1,2],[69,1,2]],"along":[[30,1,1]],"also":[[4,1,0],[19,1,0],[40,1,1],[45,1,1],[47,1,1],[51,1,1],[54,1,1]],"although":[[42,1,1]],"alway":[[48,1,1]]});
