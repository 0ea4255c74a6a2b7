/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-66-6f",{"follow":"g,i,i,c","for":"4,9,2*2,2,2,8,8,5,3,2,3,1,1,1,3*2,9,6","forc":"k,15","foreign":"d,5","foremost":"1p","forget":"1f","form":"15,p"});
