/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-63","q1ZKTc5IzcnPU7JSMizQM0pWqgUA");
