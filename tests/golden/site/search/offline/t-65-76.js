/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-76","q1ZKLUvNU7JSMkzWMzRQ0gFxiyqT8lMyQWKGeoY6JnqGuUq1AA==");
