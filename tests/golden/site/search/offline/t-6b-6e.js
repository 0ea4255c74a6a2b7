/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6b-6e",{"know":"1f","known":"1f"});
