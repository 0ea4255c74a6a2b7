/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-6c",{"aleksandr":"z","all":"14,5*3,3,3,2,1,6,5,3,1","along":"u","also":"4,f,l,5,2,4,3","although":"16","alway":"1c"});
