/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-74-61","q1YqSUwuyUxWslIyLNMzNFbSAQpkpwK56XqGZjqGeoYWOhV6aTppeoamYLmcbJDSFL1kMK+4GMjL1MsGKUwBKkxXqgUA");
