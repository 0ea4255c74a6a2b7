/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-7a-61","q1aqSkzPSUzJzFOyUrLUs1DSAQrkZiaWgAUK9BKVagE=");
