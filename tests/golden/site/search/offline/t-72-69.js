/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-72-69",{"right":"h,a,9,1*2,3*2,1,1,1*3,1*2,1,2,1,3,2,1*2,3,1,3,5,2*2,1,1*2","rights”":"1p,5,4","rise":"1i"});
