/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6f-72",{"or":[[41,1,1],[43,1,1],[63,1,2],[71,1,2]],"order":[[17,1,0]],"organ":[[43,1,1]],"organis":[[17,1,0]],"organisation":[[4,1,0],[15,1,0],[67,1,2]],"organiser":[[4,1,0],[15,1,0]]});
