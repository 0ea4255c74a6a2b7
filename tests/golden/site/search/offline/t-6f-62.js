/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6f-62",{"objectivity":[[4,1,0],[15,1,0]],"oblig":[[47,1,1]],"obligatory":[[41,1,1]],"observ":[[4,1,0]],"obstruct":[[65,1,2]],"obviously":[[37,1,1]]});
