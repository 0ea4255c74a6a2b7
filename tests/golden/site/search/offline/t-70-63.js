/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-70-63","q1YqSE5TslIy1TNM00nSM9fL1UvUMdQrBGJLvSqlWgA=");
