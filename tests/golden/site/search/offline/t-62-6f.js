/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-62-6f",{"bogomolov":[[13,1,0]],"bonn":[[13,1,0]],"both":[[54,1,1],[55,1,1]]});
