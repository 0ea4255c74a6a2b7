/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-63-61",{"call":"f,x","campaign":"3,1*2,b,1a*2,2,2,1,2","can":"12,h,a,5","cannot":"1f","capabl":"1t","capitalist":"4*2,2,11","carri":"1r","carter":"y","categor":"12","caus":"1r"});
