/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6f-62",{"object":"4,b","oblig":"1b","obligatori":"15","observ":"4","obstruct":"1t","obvious":"11"});
