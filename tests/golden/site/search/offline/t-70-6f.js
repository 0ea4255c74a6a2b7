/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-70-6f",{"podgorni":"p","point":"v","polici":"1x,1","polit":"k,j,7,f,2*2,4,3","politburo":"q,w","politicaleduc":"k","ponomarev":"p","populist":"18","portug":"6","posit":"12*2,f,a,2","possibl":"1x"});
