/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-74-72",{"trade":"d","translat":"1z,1","treatment":"4","trend":"1r","tri":"12,4,1,r","true":"g"});
