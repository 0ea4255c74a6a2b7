/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-63-69","q1ZKzixKzlGyUkrXy9UxtNQzrNIx18tQ0gGKl2RWpeYBZar00nRM9QwNdYz1DAuAskk6JnqGZkq1AA==");
