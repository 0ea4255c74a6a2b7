/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-68-69","q1bKyExJSc1TslIyLNZLVNIB8VNBvDQ9wywwNz0DxC3VK4DyUotLQAIFekaJUJGcyoKcxGRkVblATqWeGZhdDGQX6SXqmOul6xjqZepk6mUp1QIA");
