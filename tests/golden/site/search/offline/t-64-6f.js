/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-64-6f",{"do":[[42,1,1]],"dobrynin":[[53,1,1]],"document":[[55,1,1],[71,1,2]],"doe":[[36,1,1],[67,1,2]],"domestic":[[36,1,1],[46,1,1],[47,1,1],[53,1,1],[55,1,1]],"done":[[36,1,1]]});
