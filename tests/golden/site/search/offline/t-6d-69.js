/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6d-69",{"million":"17,b","mind":"1c,k","ministri":"d","minor":"17","mission":"d,1e,6"});
