/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6d-69","q1bKzczJyczPU7JSMjTXM7TQSdIrVtIBiualgISS9YwqdLL1jCBCmcUlRZlA4RS9DIhAfhFUXxqYX1wMMSlFL1nHMFXPVMdMz1KpFgA=");
