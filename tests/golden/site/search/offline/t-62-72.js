/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-62-72",{"bracket":"1z","break":"15","brezhnev":"p","bring":"12,g","britain":"6","brussel":"d"});
