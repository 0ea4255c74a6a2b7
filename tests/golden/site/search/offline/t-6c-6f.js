/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6c-6f",{"london":"d","long":"g"});
