/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-74-61",{"tactic":"1v","tak":"1t","take":"g,1,x","talk":"1d","tass":"i,1,x"});
