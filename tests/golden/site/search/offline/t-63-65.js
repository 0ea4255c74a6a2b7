/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-63-65",{"ceas":"1v","centr":"1y","central":"2,3,b,1,2,3","certain":"3,c,o,m,2,3"});
