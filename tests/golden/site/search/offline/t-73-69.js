/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-69","NYtRCoAgFATv8r5laQ2Cuo2lRWAR+fyK7p4Kfc7M7iNpX2QSekQxBXyoFEBreiguQ1gwtbadtc34yWm+ixkxNHHkqK5OVpDNaHZaLwQ7eT8=");
