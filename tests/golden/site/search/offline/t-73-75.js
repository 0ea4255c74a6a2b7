/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-75",{"subject":"1a,8,c","such":"6,u,2,3,2,8,3,b,2","suggest":"1y","support":"4*2,1,13,4","suppos":"1u","suprem":"1w","suslov":"p"});
