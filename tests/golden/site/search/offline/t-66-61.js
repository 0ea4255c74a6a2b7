/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-66-61","q1ZKS0wuUbJSytQz0TM00snUM9Qx1svUSdYzTARyipR0gAqKkzOLQWqy9HIh/IzM/Dwg37BIL0WpFgA=");
