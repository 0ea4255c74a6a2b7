/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-69-6d",{"imagine":"17","impose":"16,9,3"});
