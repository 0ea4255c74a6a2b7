/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("w-79",{"year":["year",2],"years…":["",1],"you":["you",3],"your":["your",1]});
