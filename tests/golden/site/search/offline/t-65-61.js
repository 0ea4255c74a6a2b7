/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-61","q1ZKTUzOULJSMkzSM8zUsdAzNFeqBQA=");
