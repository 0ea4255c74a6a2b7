/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-66-72",{"frankly":"1p","fraternal":"1r","free":"z,5,5","freedom":"f","french":"5,b,1","friendly":"19","from":"3,d,a,c,3*2,2,2*2,2,1*2","fruitfully":"1j"});
