/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6e-65","q1bKS01OLS5OLMpUslLK1jNU0gGKpCeWAHmGJXqFOsZ6yWChcpBAgZ5RmlItAA==");
