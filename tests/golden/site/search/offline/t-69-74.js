/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-69-74",{"it":"6,a,m*3,5,2,2*2,1*2,3*3,2,1*3,1,6,2*2","ital":"1z*2","itali":"6","itself":"1w*2","itsom":"1i"});
