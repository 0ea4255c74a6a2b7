/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-63-72",{"creation":[[67,1,2]],"crime":[[54,1,1]],"criminal":[[35,1,1]],"crowd":[[17,1,0]],"crowfoot":[[72,1,2]]});
