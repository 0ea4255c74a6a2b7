/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-76-69",{"via":"j,x","victim":"4,b,4","view":"i,j*2,1,6,a","violat":"17,1,6,4,7","violent":"18","visit":"1h"});
