/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-79-6f",{"you":[[17,1,0],[20,1,0],[34,1,1],[39,1,1],[49,1,1],[63,1,2],[69,1,2],[70,1,2]],"your":[[17,1,0],[19,1,0]]});
