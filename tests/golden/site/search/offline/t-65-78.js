/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-78",{"exact":"1d","excerpt":"1m","exert":"1y","exist":"17,c","expedi":"6,b","expos":"g,1,1a,5","express":"1b","extract":"q","extrem":"1f"});
