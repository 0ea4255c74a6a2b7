/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6e-6f",{"no":"a,e,2,5,k","nobody":"15","non":"1j","noninterference":"1j","norway":"6","not":"4,c,k,4,2,1,3,1,1*3,3,a,4,1,1","note":"1z","noth":"1v"});
