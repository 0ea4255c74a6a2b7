/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-70",{"spain":"6","speak":"18","specif":"1c,g","sphere":"12"});
