/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6a-6f",{"john":"20","join":"1p","journalist":"1c"});
