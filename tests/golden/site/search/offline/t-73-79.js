/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-79",{"system":"13,1,2,4,5,e","systemat":"18,j,7"});
