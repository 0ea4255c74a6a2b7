/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6f-62","q1bKT8pKTS5RslIy0TM01EnSK1bSAYrlZKYDhQyT9AyTYPzEkvyiTJCgqZ5hNliwOLWoDKwRyi0pKgWbZFiiVwkWKcvMLy0GCRjqGSjVAgA=");
