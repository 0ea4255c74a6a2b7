/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-69-64",{"idea":[[41,1,1]],"ideological":[[66,1,2],[67,2,2]],"ideology":[[39,1,1],[46,1,1]]});
