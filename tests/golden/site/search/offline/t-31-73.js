/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-31-73","q1YyLC5RslIq1UtTqgUA");
