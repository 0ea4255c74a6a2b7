/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-74-77","q1YqKc9XslIyzNMzVKoFAA==");
