/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6e-6f",{"no":"a,e,2,5,k","nobodi":"15","non":"1j","noninterfer":"1j","norway":"6","not":"g,k,4,2,1,3,1,1*3,3,e,1,1","note":"4,1l,a","noth":"1v"});
