/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-66","q1ZKTUtLTS5RslIyLNErUtIB8fOLwHxLPcMCpVoA");
