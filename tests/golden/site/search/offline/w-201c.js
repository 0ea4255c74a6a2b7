/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("w-201c",{"“all":["",1],"“defend":["",1],"“human":["",1],"“violat":["",1],"“you":["",1]});
