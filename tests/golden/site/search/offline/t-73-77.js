/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-77","q1YqLk9NSc1TslIy06tU0gFyM0uqUotyEvNSwGIVSrUA");
