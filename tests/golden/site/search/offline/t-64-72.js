/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-64-72","q1ZKKUpMK1GyUirWM9TLUNIB8lPLgVzDDL1MpVoA");
