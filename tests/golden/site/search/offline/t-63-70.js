/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-63-70","q1ZKLiguVbJSMtIz0knTy9Cx1EvUMdFLVqoFAA==");
