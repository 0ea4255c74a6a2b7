/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-6c","q1YqzslMzyhJLS5RslIyLNFLVaoFAA==");
