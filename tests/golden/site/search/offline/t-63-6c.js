/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-63-6c","q1ZKzkksyizJVLJSMjTSM6xQ0gGKpCYWgfhJeqk65nqG6WCx/OJUkFiRnmGuUi0A");
