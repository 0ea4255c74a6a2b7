/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6f-63","q1bKTy7JT1KyUjLVM9EzzNQx1TME4QIdI70UHUO9LKVaAA==");
