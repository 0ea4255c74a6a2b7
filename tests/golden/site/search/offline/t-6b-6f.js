/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6b-6f",{"kosygin":"p"});
