/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-30-33","q1YyMDZQslIy1TPMUtIBcUyMYdxaAA==");
