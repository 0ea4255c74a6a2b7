/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-66-69",{"field":"1y","figure":"1u,5","find":"1c","firm":"1i","firmly":"1a","first":"y,f,c","fit":"1b"});
