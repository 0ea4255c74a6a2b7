/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-37",{"7":"u"});
