/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-32-35","q1YyMlWyUkrUM9AzUdIBcoqNDKAiJkq1AA==");
