/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-67-61","q1ZKTyzJSC1SslLK1KtS0gFyy1KBnHQ9C6VaAA==");
