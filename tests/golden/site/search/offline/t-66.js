/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-66",{"f":"1h"});
