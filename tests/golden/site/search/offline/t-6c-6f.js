/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6c-6f","q1bKyc9Lyc9TslJK0TNS0gFx04GcdD3DTKVaAA==");
