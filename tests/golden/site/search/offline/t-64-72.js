/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-64-72",{"draft":"s*2","drew":"1h"});
