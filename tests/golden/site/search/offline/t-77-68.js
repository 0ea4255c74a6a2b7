/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-77-68","JY5RDoJADETvst+TiS2yoreRhbiQCAYwhhjv7gBfneTNa/sNn3xfwi1k2ooXexij5hog0g4i5lyRaCg54sHnQaZWKG5954Ke7oi0tMMuZcGSFlFzZdbOGTPtuq8wFjWcbwVvcFFwTihY7e4o80xTrZJPG1Sr1OjQsJF/PDbO23lL9FP4/QE=");
