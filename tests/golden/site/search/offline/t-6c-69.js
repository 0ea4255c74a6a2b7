/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6c-69",{"liberty":[[37,1,1],[42,1,1],[44,1,1],[54,1,1]],"life":[[47,1,1]],"like":[[54,1,1]],"link":[[4,1,0],[43,1,1]],"lisbon":[[13,1,0]],"live":[[45,2,1]]});
