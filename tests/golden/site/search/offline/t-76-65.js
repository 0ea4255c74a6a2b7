/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-76-65","q1YqSy3KVLJSMjTSMzJWqgUA");
