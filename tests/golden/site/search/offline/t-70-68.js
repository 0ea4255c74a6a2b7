/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-70-68","q1YqyMjPS61UslIyLNBLUdIB8osSi1NB/Cq9AqVaAA==");
