/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-63-68","q1ZKzkjMS1eyUjI00MtT0gFz81JzgAJZeoapOhV6GRDBosTkEpCqAj1DQ6VaAA==");
