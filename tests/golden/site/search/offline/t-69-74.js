/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-69-74",{"it":"6,a,m*3,5,2,2,1*2,3*2,2,1*3,1,6","italic":"1z*2","italy":"6","its":"1b,4,c*2","itself":"1w*2"});
