/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-68-69",{"hidden":"1s","hide":"1f","highest":"1p","highly":"1u","highlyplac":"1u","him":"y","his":"r,7,1,i"});
