/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-74",{"stability":"1t","staff":"1x","stat":"h,12","state":"y,4*2,5*2,2*2,1,4,1,2,1,7,2,3,2,1","statement":"4,f,t*2,5,d","station":"1x","still":"i","stockholm":"d","strengthen":"1y","stress":"1w","struggle":"1u,1*4"});
