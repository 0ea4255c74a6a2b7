/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-64",{"addendum":"c","administr":"12,a,d"});
