/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-67-6f",{"goal":"19,8","going":"16","government":"1h,a"});
