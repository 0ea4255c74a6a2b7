/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-70","q1ZKLChILFKyUjK01MtQ0gFxU8H8NL0qCLcoPzE5A6TAWC8XJlIG5Bfrpetk6xlmKdUCAA==");
