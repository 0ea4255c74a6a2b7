/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-201c-64","q1Z61DAnJTUtNS9FyUrJsFLPsFypFgA=");
