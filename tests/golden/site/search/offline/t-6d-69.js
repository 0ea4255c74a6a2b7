/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6d-69",{"million":[[43,1,1],[54,1,1]],"mind":[[48,1,1],[68,1,2]],"ministry":[[13,1,0]],"minority":[[43,1,1]],"mission":[[13,1,0],[63,1,2],[69,1,2]]});
