/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6f-76",{"over":"10,c,h"});
