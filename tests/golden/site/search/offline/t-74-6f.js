/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-74-6f",{"to":"2,2*2,1,1*2,1,7,1*2,1,1*5,2*2,6,2,1*2,2,3,1,3,1*4,1*2,1,1*2,1*2,1*2,2*3,2*2,1,3*4,1,1*3,1*3,4,2,1,2,1,1,1,2*2,1,1*5","togeth":"1b","tokyo":"d","too":"11","took":"5,d*2,x","top":"n","touch":"12","toward":"1c"});
