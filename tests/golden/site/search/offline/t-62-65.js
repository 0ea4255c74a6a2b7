/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-62-65",{"be":"6*2,m,2,6,2,7*2,1,1,5,2*2,7,2,5*2,1","bear":"1w","been":"4*2,c,3,q*2,8,c,6","befor":"g","begin":"g,m","begun":"19","behind":"1p","belgium":"6","believ":"1a","bern":"d","besid":"1f","between":"19*2,2,8,c","bewilder":"z"});
