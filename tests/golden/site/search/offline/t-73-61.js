/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-61",{"sabotage":[[67,1,2]],"said":[[18,1,0],[20,1,0],[54,1,1]],"sakharov":[[51,1,1]],"same":[[5,1,0],[41,1,1]]});
