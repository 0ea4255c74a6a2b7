/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6a-75","q1bKKk3JTM5UslIyrNQrU9IB8osyi4FCJSAhIz1DS7BYMZibrGeYrlQLAA==");
