/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6f-66",{"of":"4*5,1*5,2,2,6*6,1*4,1*3,1*3,1*5,1,1,1,4*2,1,1,1,2,3*2,1*2,1*2,1*2,1*7,3*5,1*4,1*5,1,1*8,1*2,1*4,1*3,2*2,1*2,1,1*7,1*8,1*5,6*2,2*6,1,1*3,1*2,1*3,1*3,1,1*4","offens":"1r","offici":"1p,5","often":"1p"});
