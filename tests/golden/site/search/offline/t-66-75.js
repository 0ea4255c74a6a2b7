/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-66-75",{"fulfil":"1k","fundament":"1b*2","furthermor":"4"});
