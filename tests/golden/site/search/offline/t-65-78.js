/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-78","Lc5LEoJADIThu2Sd6rIt8XUbGIJSguIMCyjLuztkXP5fZ5GP2FKHWa7CFhfRnMHi5DDi7mDRcwWf3n3yPoF7DTi4Tdb2GY+otAG7Yq+U6QYOSvChrDFohaWM0dI2s0G5nmP5443dv23c9g48y/cH");
