/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6a-6f","q1bKys/IU7JSMjLQM1TSAfIyQTzDAj0jEzC3tCgvMSezuAQkmKxnWKVUCwA=");
