/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-79-65","q1aqTE0sUrJSMtUzzNdJ1DMs0jHSS9MxTNYzTFXSAUsWP2pYBlRgWAISqgUA");
