/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("w-32",{"2":["2",1],"20":["20",1],"2025":["",1],"21":["21",2],"22":["22",1],"25":["25",1],"25s2025":["",1],"2nd":["2nd",1]});
