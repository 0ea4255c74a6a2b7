/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-76-69",{"via":[[19,1,0],[52,1,1]],"victim":[[4,1,0],[15,1,0],[19,1,0]],"view":[[18,1,0],[37,2,1],[38,1,1],[44,1,1],[54,1,1]],"violat":[[44,1,1]],"violation":[[43,1,1],[50,1,1],[54,1,1],[61,1,2]],"violently":[[44,1,1]],"visit":[[53,1,1]]});
