/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-75-72","q1YqLSpNL02sVLJSytIz0atU0oGJJOYBxUz1snVS9bKUagE=");
