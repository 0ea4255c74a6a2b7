/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-66-72",{"frank":"1p","fratern":"1r","free":"z,5,5","freedom":"f","french":"5,b,1","friend":"19","from":"3,d,a,c,3*2,2,2*2,2,1*2","fruit":"1j"});
