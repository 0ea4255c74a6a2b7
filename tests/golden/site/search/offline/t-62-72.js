/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-62-72",{"bracket":[[71,1,2]],"break":[[41,1,1]],"brezhnev":[[25,1,1]],"bring":[[38,1,1],[54,1,1]],"britain":[[6,1,0]],"brussel":[[13,1,0]]});
