/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-70-62","q1YqSFKyUjLM0TPWMdRLU6oFAA==");
