/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-70","q1YqLkjMzFOyUjLTK1XSAfJSE7OBPEMLPVMINzkzDcRP1jMq0knXMwcLZqQWpYIEjfSSlGoB");
