/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-64","q1ZKTcksyS9SslIyrNIzVdIB8kuTgbxsPUudbL1CpVoA");
