/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6e-75","q1bKK81NSi1SslIy0ctTqgUA");
