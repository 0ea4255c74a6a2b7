/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-62-61","q1ZKSizOTFayUjI00jPM1THTq9JJ0jNMU6oFAA==");
