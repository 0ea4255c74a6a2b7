/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-67-69","q1ZKz8yrSiotSleyUqrSS1bSAQqUpQI5JnqVOkl6hXrmUKE8oFimXolSLQA=");
