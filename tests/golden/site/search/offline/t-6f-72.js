/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6f-72",{"or":"15,2,k,8","order":"h","organ":"17","organis":"4*2,b*2,2,1e"});
