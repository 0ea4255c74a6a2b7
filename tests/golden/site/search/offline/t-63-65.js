/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-63-65",{"cease":"1v","central":"2,3,b,1,2,3","centre":"1y","certain":"3,c,1a,2,3","certainly":"13"});
