/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-77-72","q1YqL8osSVWyUsrQM1PSAfNKUvOAfMMqvRSlWgA=");
