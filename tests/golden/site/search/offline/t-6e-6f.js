/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6e-6f","VY7NCsMwDIPfJWcj4rTd39u0W7a2y1IIoWWMvfvU5LSDEfqELX9MXMzF9GjEw4qjdjjKE3o1wmxYbhNz7aDnAuLuZqhWN8Xs092nP5q2/k1wgNriM80DOvLsS1p41jhRToNQVGHRQgcCF/jIiWTjzHXdc58xaYBm6VFr8ri3rtjM9wc=");
