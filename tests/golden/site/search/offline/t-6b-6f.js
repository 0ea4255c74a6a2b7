/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6b-6f","q1bKzi+uTM/MU7JSKtAzUaoFAA==");
