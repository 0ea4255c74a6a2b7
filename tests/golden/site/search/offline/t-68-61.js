/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-68-61",{"had":"g,1,q,2","hand":"u,15","handwritten":"1z","happen":"17,p","harm":"1e","has":"4,e,1*2,i,4,c,1,7*2,6,4","have":"4,b,j,3*2,2*2,4,2*3,3,6,7,4*2,4"});
