/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-75","q1ZKLE3JTM1LVrJSMizSM8pU0gGKlGTkF4EEUvVS4fzMYqCIhZ6RUi0A");
