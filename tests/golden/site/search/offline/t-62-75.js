/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-62-75",{"build":"1b","bukovski":"5","burden":"19","but":"12,2,p,1"});
