/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-61","q1YqTkzKL0lMV7JSMizTMzRT0gGKZKYAuZl6aTpGemY6lXoQweyMxKL8MpC6NL0MsEhuKpBnqpeuY2igZ6RUCwA=");
