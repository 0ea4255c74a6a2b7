/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-32-31","q1YyMlSyUjLVM9ZJ1DPM1zE017NUqgUA");
