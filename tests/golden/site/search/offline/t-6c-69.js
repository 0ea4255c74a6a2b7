/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6c-69",{"liberti":"11,5,2,a","life":"1b","like":"1i","link":"4,13","lisbon":"d","live":"19*2"});
