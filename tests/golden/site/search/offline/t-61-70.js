/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-70",{"apparently":"19","appearance":"f","approache":"13","approv":"s,k"});
