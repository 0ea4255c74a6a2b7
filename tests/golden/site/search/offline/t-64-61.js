/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-64-61","q1ZKScxLTy1SslIyLNIrVdIB8iuBnFI9C6VaAA==");
