/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-66-69",{"field":"1y","figur":"1u,5","find":"1c","firm":"1a,8","first":"y,f,c","fit":"1b"});
