/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-63-75","q1ZKLi0qSs0rUbJSMjTUq1KqBQA=");
