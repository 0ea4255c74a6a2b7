/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-74",{"at":"5,10","attach":"7,l","attack":"1y","attempt":"4,2,9,4,m,a,2,1,e","attent":"1h,h","attitud":"1c"});
