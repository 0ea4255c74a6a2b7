/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-72-61","q1YqSkxOVbJSMjTVK9Yx0jNMBxJGljqWemVKOkC5zGKgXJWegU6inilYICcnEyhiqmemVwYUM0zTMdQzTATqSVeqBQA=");
