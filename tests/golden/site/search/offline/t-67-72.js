/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-67-72","q1ZKL0pNLFGyUjLTK1TSAfLycyuz84H8Aj0zCL80LwXINczUS1aqBQA=");
