/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-62-6f","q1ZKyk/Pz83PyS9TslJK0UtT0gGK5OWBOWZgTkkGkGOYqWeUp2Ool6lUCwA=");
