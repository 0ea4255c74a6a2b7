/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-64-75",{"due":"13","dure":"1b"});
