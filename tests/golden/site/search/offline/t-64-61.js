/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-64-61",{"danger":"1r","day":"u"});
