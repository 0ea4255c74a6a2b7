/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61","HYxBCoNADEXvMuvwMGpr9TYjSgU70m4KIt7dHxf5yQsvOVJOQ2qpKOY82HlZxmdBT6FT/6iK1i56M1lNo9lnFkbrkP2zBl8itjjmL6dnDaz5hvy8f0SOeJa5kdN5AQ==");
