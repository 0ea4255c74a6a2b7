/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6d-75","VYtBCoAwDAT/knNYiMVa/Y2I2GKriO1J/Lup4MHj7MxelMrkaSCx8MRKMYeKHcR9nEKMYd9+85kVCww7SOYFMnMPq5Y1eYtcxlgvDeRQt7KBWG5R6H4A");
