/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-62-72","JcpBCoAgEEDRu8xaBjQy6DZWg4khoVZgdPdGXf7Hf2GJZvWUYQZZcALBQMbXHFFS77IHuplOVA1csHVQqIVF+XTLxgVWjbH1lRId3BsO8P0=");
