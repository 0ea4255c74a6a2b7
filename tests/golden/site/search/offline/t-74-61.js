/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-74-61",{"tactic":"1v","take":"g,1,x,f","talk":"1d","tass":"i,1,x"});
