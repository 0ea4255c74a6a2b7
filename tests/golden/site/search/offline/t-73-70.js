/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-70",{"spain":[[6,1,0]],"speak":[[44,1,1]],"specific":[[64,1,2]],"specifically":[[48,1,1]],"sphere":[[38,1,1]]});
