/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6f-77","q1bKL89TslIyNNSz0MvWMdNL0zHRM8wDEkblOsZ6hgVKtQA=");
