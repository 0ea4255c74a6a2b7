/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-77-68",{"what":"h,p,1,p","when":"12,c,5,g","where":"6,12,j,6","which":"5,b*2,1,s,5,1,2,1,7,2,3","who":"4,18*2,1,2,d,5","whose":"1c"});
