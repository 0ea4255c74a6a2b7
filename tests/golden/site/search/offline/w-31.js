/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("w-31",{"1":["1",1],"18":["18",2],"19":["19",1],"1933":["1933",1],"1972":["1972",1],"1976":["1976",1],"1977":["1977",2],"1st":["1st",1]});
