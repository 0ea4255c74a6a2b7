/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-70-75","q1YqKE3KyUxWslLK0DMs1inTMzLXMdYzStTL00nTywQyDc2VdCCKijOAqtL1SsH8PAi3Si8bzC0qyC8GctP0ynVM9Ap1SvTKlGoB");
