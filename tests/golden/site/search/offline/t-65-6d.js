/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-65-6d","q1ZKzU1KLC7OVLJSMkzWM0rXMdZL1MvXSdYz1DMs0DHTM1PSASopyEgsBqnI0DNMhQtkgoVK9Ax0jPQMlGoB");
