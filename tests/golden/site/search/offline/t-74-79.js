/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-74-79","q1YqqSxIVbJSMqzSq1LSAfKKEvPyMoECWXp5SrUA");
