/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-66-69","JcpBCoAgEEbhu8x6+GmCQLpNWoZRQZoLie6eTsv38R7yYdlnGkkKNuKaa44tMyIPuJROHRz6QTMeLScIG9hf0l2poGOPwA5ilBuKhSR6Pw==");
