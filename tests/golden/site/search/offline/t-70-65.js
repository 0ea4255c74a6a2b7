/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-70-65",{"peace":"1r","peaceful":"1j","penal":"1y","people":"11,4*2,1,1,2,3,6,1,e","period":"1v","persecution":"17","person":"1c","personal":"1i","personnel":"1c"});
