/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-63",{"accidental":[[47,1,1]],"accordance":[[35,1,1],[50,1,1]],"act":[[51,1,1]],"action":[[4,1,0],[35,1,1],[48,1,1],[50,2,1],[53,1,1]],"active":[[69,1,2]],"actively":[[63,1,2]],"activity":[[4,1,0],[48,1,1]],"actuality":[[48,1,1]],"actually":[[43,1,1]]});
