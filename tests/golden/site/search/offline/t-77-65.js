/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-77-65","LY3dCsIwDEbfJdfhsLRW0bfpdINR/9iUMcR3Ny1ehOTkCycfWQc5yZ5Og9eRxEbWwsM5sOOiRofFFhu9d6urGj9JPmadCBqxXtRtubjPNg6N5mq3hWuj5eUUq/NGxs6aeP+DYb7Xy5Xi5tEfyvcH");
