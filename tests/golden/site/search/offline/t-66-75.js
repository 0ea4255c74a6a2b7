/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-66-75",{"fulfillment":"1k","fundamental":"1b*2","furthermore":"4"});
