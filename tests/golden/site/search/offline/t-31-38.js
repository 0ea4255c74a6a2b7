/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-31-38","q1YytFCyUjLVM8zRSdZL1rHUS1WqBQA=");
