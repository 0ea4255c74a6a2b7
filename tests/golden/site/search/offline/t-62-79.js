/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-62-79","HcnBCkBAFIbRd7nrvy93TBoeZ6QJpYyFJO9OlqdzW75ssEhmpteEu5xTBWdVwuvHhkUdifpX5FBmUyCpJTCy2/MC");
