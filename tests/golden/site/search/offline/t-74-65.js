/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-74-65","q1YqSc1JTS9KzFWyUjLXM1HSgQkUZABFDLP1DCBCOUBepZ4pmJOXkpqXDJI11UuGCBRn5ueBBEr0ysECFSVg4wx1kvWKdQzTgcpqAQ==");
