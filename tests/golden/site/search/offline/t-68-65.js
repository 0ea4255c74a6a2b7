/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-68-65",{"head":"9","held":"5,a,3"});
