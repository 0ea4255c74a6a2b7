/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-67-72",{"great":[[6,1,0]],"gromyko":[[25,1,1]],"ground":[[54,1,1]]});
