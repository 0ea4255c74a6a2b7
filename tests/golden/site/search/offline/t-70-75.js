/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-70-75",{"public":"h,v,3*2,f,3","publish":"g","punish":"z","purpos":"f,4,t"});
