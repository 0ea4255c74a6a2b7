/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-70-75",{"public":"h,y*2,f,3","publicize":"1c","publish":"g","punishable":"z","purpose":"f,4,t"});
