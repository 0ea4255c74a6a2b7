/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-70",{"appar":"19","appear":"f","approach":"13","approv":"s,k"});
