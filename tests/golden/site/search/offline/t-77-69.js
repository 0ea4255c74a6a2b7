/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-77-69","LYxBDoJQEEPvMuumcUYC4m30K+EbIiRARIx3txAXk/a1mX7slW93O5sPDIOo6zZa2O80taKCnpEYOLKF84qKSRfyA04cWdEPKFgraBB8bMpYZd+40Ht1638uPzU4s4SHnuz7Aw==");
