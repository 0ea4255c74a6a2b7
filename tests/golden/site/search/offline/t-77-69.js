/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-77-69",{"wide":"1p","will":"1x","with":"4,c,3,1,7,7,1,8*3,4,1,2,1*2,2,a,4","within":"u,12"});
