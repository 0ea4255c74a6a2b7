/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-74-65",{"telegram":[[7,1,0]],"telegraph":[[56,1,1]],"tell":[[34,1,1]],"tendency":[[41,1,1]],"tension":[[65,1,2]],"text":[[7,1,0],[19,1,0],[71,1,2]]});
