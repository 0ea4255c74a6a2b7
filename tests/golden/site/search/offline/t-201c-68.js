/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-201c-68","q1Z61DAnozQ3MU/JSsmwVM9MqRYA");
