/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6d-6f",{"model":"1w","mood":"1x","moral":"15,2","more":"1i","moscow":"z,d,3,1","most":"18","movement":"j"});
