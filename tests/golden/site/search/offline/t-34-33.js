/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-34-33","q1YyMVayUjLVM8xSqgUA");
