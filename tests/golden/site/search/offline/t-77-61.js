/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-77-61",{"war":"15,4","was":"5,a,w","washington":"d,e,1,5,s,7","wave":"1i","way":"18,3"});
