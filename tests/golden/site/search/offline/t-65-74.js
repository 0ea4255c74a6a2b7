/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-74",{"etc":"1f,3","ethnic":"17"});
