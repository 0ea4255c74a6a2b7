/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6f-70","q1bKL8jMy8zPU7JSytAzLNGp1DNK0stTqgUA");
