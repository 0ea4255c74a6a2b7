/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-66-75",{"fulfillment":[[56,1,1]],"fundamental":[[47,2,1]],"furthermore":[[4,1,0]]});
