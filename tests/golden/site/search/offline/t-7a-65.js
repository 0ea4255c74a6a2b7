/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-7a-65","q1aqSk3MyS8tVrJSMizQMzJWqgUA");
