/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-74-72",{"trade":[[13,1,0]],"translation":[[72,1,2]],"translator":[[71,1,2]],"treatment":[[4,1,0]],"trend":[[63,1,2]],"tri":[[43,1,1]],"true":[[16,1,0]],"try":[[38,1,1],[42,1,1],[70,1,2]]});
