/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-71-75","q1YqLE0tLsnMz1OyUirSS9cx1EvWMdez0DHWMzQFcgp0zIAcQz0zHQs9w0qlWgA=");
