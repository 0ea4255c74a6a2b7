/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-67-6f",{"go":"16","goal":"19,8","govern":"1h,a"});
