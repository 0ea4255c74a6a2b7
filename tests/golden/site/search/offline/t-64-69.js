/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-64-69",{"dictatori":"18","differ":"11,2*3,7","difficult":"17,b","diplomat":"1b,g,6","direct":"1c,3","disagr":"1h","discredit":"1w","discrimin":"17,b","discuss":"12,v","dissemin":"15","dissid":"4*2,b,x","distinct":"1r","distribut":"i","divis":"15"});
