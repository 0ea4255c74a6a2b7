/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-75","q1ZKLS3KL0hNzFOyUjIs0DPMU6oFAA==");
