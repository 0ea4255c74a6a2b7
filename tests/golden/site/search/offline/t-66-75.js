/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-66-75","q1ZKK81Jy8xRslIyzNYzUtIB8vNSEnNT80pAQkl6SXrmYMGikozUotz8IqCoiV6RUi0A");
