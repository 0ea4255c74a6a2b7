/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-63",{"accidental":"1b","accordance":"z,f","act":"1f","action":"4,v,d,2*2,3","active":"1x","actively":"1r","activity":"4,18","actuality":"1c","actually":"17"});
