/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-74","q1ZKLUlWslIyTNMzytQx1jNMVtIBCmXkZYJFzfUMU5VqAQ==");
