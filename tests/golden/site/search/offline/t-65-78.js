/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-78",{"exactly":"1d","excerpt":"1m","exert":"1y","exist":"17","existence":"1j","expedient":"6,b","expos":"g,1b,5","expose":"h","express":"1b","extract":"q","extremely":"1f"});
