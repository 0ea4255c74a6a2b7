/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-76-61","q1YqS8wpVbJSMkzTM05U0gFy85KB3CK9FB1zPWOdLL10pVoA");
