/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-34-36","q1YyMVOyUsrXM9Qx0jPRMdWzUKoFAA==");
