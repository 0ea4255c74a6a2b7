/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("w-76",{"v":["V",1],"valu":["values",1],"vanc":["Vance",1],"veri":["very",1],"via":["via",2],"victim":["victims",1],"view":["view",2],"violat":["violation",2],"violent":["violently",1],"visit":["visited",1]});
