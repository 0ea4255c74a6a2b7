/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6e-61",{"name":"10,c,1","national":"15,a","naturally":"1r,2","nature":"1r"});
