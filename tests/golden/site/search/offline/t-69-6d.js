/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-69-6d","q1bKzE1Mz8xTslIyNNczVdIB8gvyi0FcMz1THUs9YzMdYz3DPKVaAA==");
