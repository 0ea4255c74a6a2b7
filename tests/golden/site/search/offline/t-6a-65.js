/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6a-65","q1bKSs0vSCxKUbJSMrTUMypSqgUA");
