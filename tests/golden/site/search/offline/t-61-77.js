/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-77","q1ZKLE8sUrJSMjTWM1GqBQA=");
