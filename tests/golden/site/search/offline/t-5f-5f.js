/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-5f-5f","q1aKpxwoWSkV6qUr1QIA");
