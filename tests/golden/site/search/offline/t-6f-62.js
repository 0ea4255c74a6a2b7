/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6f-62",{"objectivity":"4,b","oblig":"1b","obligatory":"15","observ":"4","obstruct":"1t","obviously":"11"});
