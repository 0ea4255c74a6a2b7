/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-72-69","LY1rDoJADITv0t/NJF2QFW8DYlh8BeSRGEPCRbycJ3F29U/7TTvtvOTRtWGSgwRYoRXOWuKihhyNZrgntiNLmQAenlBjiHJSB2tJPb0WqFxDdU23BcmzB92xOyyYOYn/bnwk+kseP9ub6db/fTnsmXbjKY472F7WLw==");
