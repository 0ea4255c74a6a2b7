/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-77-61",{"war":[[41,1,1],[45,1,1]],"was":[[5,1,0],[15,1,0],[47,1,1]],"washington":[[13,1,0],[27,1,1],[28,1,1],[33,1,1],[61,1,2],[68,1,2]],"wave":[[54,1,1]],"way":[[44,1,1],[47,1,1]]});
