/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-31-39","q1YytFSyUjLM0TPQMdRLVtIB8o2NQSJJeoYWYK65EYRbCuGZAXmJekYQjjmQU6iXplOmZwTUnqpUCwA=");
