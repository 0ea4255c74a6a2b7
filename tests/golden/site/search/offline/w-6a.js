/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("w-6a",{"japan":["Japan",1],"jeopard":["jeopardized",1],"john":["John",1],"join":["joined",1],"journalist":["journalists",1],"judici":["judicial",1],"jurisdict":["jurisdiction",1],"just":["just",1]});
