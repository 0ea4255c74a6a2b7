/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-64","q1ZKTElJzUspzVWyUkrWM1DSAQrkZuZlFpcUAUUMjfQqdBL1DPN1UvSMMpRqAQ==");
