/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6f-75",{"our":"h,i,1,1,1,2,1*2,1*2,1*2,2*2,2,3,j*2,1","ourselv":"19","out":"1r","outcri":"1p","outlook":"1r","outright":"1c"});
