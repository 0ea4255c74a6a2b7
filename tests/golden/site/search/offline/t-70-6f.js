/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-70-6f",{"podgorny":"p","point":"v","policy":"1x,1","politburo":"q,w","political":"k,j,7,f,2*2,4,3","politicaleducational":"k","ponomarev":"p","populist":"18","portugal":"6","position":"12*2,p","positive":"1h,c","possible":"1x"});
