/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-68-75","DYhLCoAwFMTu8tbDwKtU1NuULqr1h0LdiHd3FiEkr81tT4dNdnPByIqBiRec/qDjKbwgMGStVRXlXi6IcmBTV7HRs30/");
