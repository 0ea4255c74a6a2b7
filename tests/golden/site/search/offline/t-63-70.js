/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-63-70",{"cpsu":"2,f,9,4"});
