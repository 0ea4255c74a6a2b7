/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6f-73","q1bKL87JV7JSStGzVKoFAA==");
