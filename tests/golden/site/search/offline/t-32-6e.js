/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-32-6e","q1YyyktRslIy1DNQqgUA");
