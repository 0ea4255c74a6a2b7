/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-68-6f",{"hostil":"4,1n,3","how":"12,6,q","howev":"g,w,6,d"});
