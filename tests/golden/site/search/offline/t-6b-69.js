/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6b-69","q1bKzsxLUbJSStMzzNQxNNQzU9IBChVl5qTmZecDxQv0zJVqAQ==");
