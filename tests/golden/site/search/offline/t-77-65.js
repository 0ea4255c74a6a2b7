/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-77-65",{"we":"6,2,9*3,k,2*3,1*2,2,1,2,1,2*2,1,i,3","weak":"1y","were":"1s","west":"3,1m*2,5","western":"1w,2*2"});
