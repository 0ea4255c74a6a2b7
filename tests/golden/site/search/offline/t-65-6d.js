/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-6d",{"embassy":"1c,3*2,c*2,6","emphasise":"1t,2","emphasiz":"1h"});
