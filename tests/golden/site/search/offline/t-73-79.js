/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-79","q1YqriwuSc1VslIyNNZL0TEEYiO9Eh0TvSwdUz0jY51UvRwlHaiixBKQMgu9DJ0svWQdcz1jpVoA");
