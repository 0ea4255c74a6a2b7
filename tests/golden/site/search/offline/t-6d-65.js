/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6d-65","HcoxCoAwEETRu2y9DAwIRm+jJrgWKmqihXh3k5T/8V9Zw7BJLzPoleAjWuhKZ0YDO+UIV9EvUzY2SDVDzHWgVQeqIcAqR9t92W6Q8v0=");
