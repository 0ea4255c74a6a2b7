/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6f-6e","HY1RCsJADETvku9haNJd23obLStqZYsIikjv7my/MpM8Xn62VjtaZsA5YaJXBM8qV4ycNQsSOxx4UvavSuGoGEl3D0YW3yEzY+BLh0X909hm9KdBH4peuHPQpkqVJOv5livuCr7u0OPWqMSLxOHCom+8bX8=");
