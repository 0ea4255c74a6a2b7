/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-75-74","q1YqLcnNLy5RslKq0itTqgUA");
