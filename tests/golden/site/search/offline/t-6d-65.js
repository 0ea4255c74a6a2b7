/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6d-65",{"mean":"g,1","measur":"h,1b","medic":"14","meet":"q,8,h*2","method":"1v"});
