/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-68-69",{"hidden":"1s","hide":"1f","high":"1u","highest":"1p","highlyplac":"1u","him":"y","his":"r,7,1,i"});
