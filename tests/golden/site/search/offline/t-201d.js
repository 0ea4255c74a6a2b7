/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-201d","q1Z61DBXyUrJsEjPKFupFgA=");
