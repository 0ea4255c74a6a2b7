/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6b-6e","q1bKzssvV7JSMkzTy1LSAfPyIFxjpVoA");
