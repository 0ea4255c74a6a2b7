/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-62",{"about":"3,o,h,4,1,h,2,1","abov":"1t","absolut":"1b"});
