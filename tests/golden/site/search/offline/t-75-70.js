/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-75-70","q1YqLcjPU7JSMjTSM8zWSdczLFKqBQA=");
