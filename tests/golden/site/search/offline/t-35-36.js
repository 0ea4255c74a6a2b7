/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-35-36","q1YyNVOyUjLM0TPRMdRLV9IB8s0skEVqAQ==");
