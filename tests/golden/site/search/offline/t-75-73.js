/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-75-73",{"us":"12,7,6,j","usa":"6,v,1*2,5,1,3,1*2,3,2,1,1,6,7","use":"j,1,u,3,f,2","ussr":"1b,1,2,1,2,2"});
