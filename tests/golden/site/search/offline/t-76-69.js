/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-76-69",{"via":"j,x","victim":"4,b,4","view":"i,j*2,1,6,a","violat":"18","violation":"17,7,4,7","violently":"18","visit":"1h"});
