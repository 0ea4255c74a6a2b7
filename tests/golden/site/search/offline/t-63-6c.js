/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-63-6c",{"clarity":[[38,1,1]],"clear":[[54,1,1]],"clearly":[[47,1,1]],"close":[[63,1,2]]});
