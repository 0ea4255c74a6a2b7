/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-70-66","q1YqSEtWslJK1zPMV6oFAA==");
