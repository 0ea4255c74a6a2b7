/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6d-6f",{"model":[[68,1,2]],"mood":[[69,1,2]],"moral":[[41,1,1],[43,1,1]],"more":[[54,1,1]],"moscow":[[35,1,1],[48,1,1],[51,1,1],[52,1,1]],"most":[[44,1,1]],"movement":[[19,1,0]]});
