/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-77-6f",{"women":"17,b","word":"1z","work":"k,k,n*2,7","world":"h,4,o,j,4","worldview":"1v","would":"6,a,r,2*3,9"});
