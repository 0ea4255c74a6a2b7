/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-62-6f",{"bogomolov":"d","bonn":"d","both":"1i,1"});
