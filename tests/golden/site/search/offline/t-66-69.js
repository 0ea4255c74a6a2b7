/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-66-69",{"field":[[70,1,2]],"figure":[[66,1,2],[71,1,2]],"find":[[48,1,1]],"firm":[[54,1,1]],"firmly":[[46,1,1]],"first":[[34,1,1],[49,1,1],[61,1,2]],"fit":[[47,1,1]]});
