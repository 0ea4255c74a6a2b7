/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-70-65",{"peac":"1j,8","penal":"1y","peopl":"11,4*2,1,1,2,3,6,1,e","period":"1v","persecut":"17","person":"1c,6","personnel":"1c"});
