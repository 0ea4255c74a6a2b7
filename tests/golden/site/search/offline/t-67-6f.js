/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-67-6f","q1ZKz1eyUjI008tR0gGyE3NAPEs9wzQdCz1DA7BYWWpRHkg0Q8/IRCdRzyhRqRYA");
