/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-68-65","q1bKSE1MUbJSstQzVNIBcnJAHFM9C51EPcNsHWM9QwOlWgA=");
