/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-201c-61","q1Z61DAnMSdHyUrJsELPQKkWAA==");
