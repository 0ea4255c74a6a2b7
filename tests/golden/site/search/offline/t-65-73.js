/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-73","q1ZKLS5OzUtWslIyNNArUNIB8ksSk3IyizNAQkl6hsZKtQA=");
