/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-6e","q1ZKzUsuqiwoUbJSStFLV9IB8ssyi/LzgHxDSz2jVKVaAA==");
