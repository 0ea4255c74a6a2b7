/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-74-72",{"trade":"d","translation":"20","translator":"1z","treatment":"4","trend":"1r","tri":"17","true":"g","try":"12,4,s"});
