/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-72",{"arbit":"1w","arbiter…":"1w","are":"4,y,1,1,4,4*2,1,1,1,2,2,6,2,2,1,3,2","area":"1y","argument":"1s,4","arm":"19","around":"1s","arous":"z,x"});
