/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-67-75","q1ZKL00sSswrSVWyUjI00TM01THVMyzSsdTLVNIBy6WAJEz1zMHcTDAvS68IykvMSwYKmOlZ6CTpmSjVAgA=");
