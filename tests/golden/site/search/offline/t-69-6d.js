/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-69-6d",{"imagin":"17","impos":"16,9,3"});
