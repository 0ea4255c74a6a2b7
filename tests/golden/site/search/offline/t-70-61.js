/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-70-61",{"page":"h,16,3,2","pari":"5,a","part":"5,b,2*2,r","parti":"5,b,3*2,3","particular":"f,1f,4","partner":"1b","pass":"1y","past":"1p","pay":"1y"});
