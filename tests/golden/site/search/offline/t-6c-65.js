/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6c-65",{"leadership":"5,c","left":"u","lefthand":"u","legal":"1f","legisl":"1y","letter":"5,b,1"});
