/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6c-61",{"laid":"1w","last":"1f,e","later":"g","law":"z,6*2,9*2","lawless":"4"});
