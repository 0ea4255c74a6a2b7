/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-32-30","q1YyMlCyUjIs1jNS0gGyjUyBvEQ9E6VaAA==");
