/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-61",{"sabotag":"1v","said":"i,2,y","sakharov":"1f","same":"5,10"});
