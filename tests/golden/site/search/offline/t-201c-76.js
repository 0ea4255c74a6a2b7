/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-201c-76","q1Z61DCnLDM/J7FEyUrJsEAvVakWAA==");
