/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6d-75",{"much":"16","multi":"17","multimillion":"17","must":"u,8,g,9*2,7","mutual":"12,9,3,5"});
