/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6d-75",{"much":[[42,1,1]],"multi":[[43,1,1]],"multimillion":[[43,1,1]],"must":[[30,1,1],[38,1,1],[54,1,1],[63,2,2],[70,1,2]],"mutual":[[38,1,1],[47,1,1],[50,1,1],[55,1,1]]});
