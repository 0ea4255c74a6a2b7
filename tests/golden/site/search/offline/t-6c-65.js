/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6c-65",{"leadership":[[5,1,0],[17,1,0]],"left":[[30,1,1]],"lefthand":[[30,1,1]],"legality":[[51,1,1]],"legislation":[[70,1,2]],"letter":[[5,1,0],[16,1,0],[17,1,0]]});
