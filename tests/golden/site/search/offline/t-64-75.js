/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-64-75","q1ZKKU1VslIyNNZLU9IBcorAvCQ9Q0OlWgA=");
