/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-74",{"stabil":"1t","staff":"1x","state":"h,h,4*2,5*2,2*2,1,4,1,2,1,1,6,2,3,2,1","statement":"4,f,t*2,5,d","states…":"1r","station":"1x","stationed…":"1x","still":"i","stockholm":"d","strengthen":"1y","stress":"1w","struggl":"1u,1*4"});
