/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-66-65",{"februari":"q,p,2","few":"1t"});
