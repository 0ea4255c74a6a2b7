/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-64-65",{"decis":"1f,c","decre":"5","defamatori":"1r","defenc":"4,b,10","defend":"1y","degre":"1t","deleg":"g","demagog":"1p,2","democraci":"1f","democrat":"k,1c","demonstr":"1c","denot":"1r","depart":"9,l","depriv":"17","deputi":"9","detent":"1t","determin":"1r","detract":"19","develop":"17,3,7,2"});
