/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-74-79",{"typ":"1z","tyranny":"j"});
