/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6a-61","q1bKSixIzFOyUjLTK1GqBQA=");
