/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-36-38","q1Yys1CyUjLM0TPRMdRLV6oFAA==");
