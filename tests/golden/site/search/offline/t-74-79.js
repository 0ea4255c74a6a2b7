/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-74-79",{"type":"1z","tyranni":"j"});
