/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6f-76","q1bKL0stUrJSMjTQy9RJ1svTydAzTFSqBQA=");
