/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-69-66","q1bKTFOyUsrWM9DJ00vUMdQzBmIDHRM9E6VaAA==");
