/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-32-35",{"25":"a*2","25s2025":"a"});
