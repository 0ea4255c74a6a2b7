/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6c-61","JYlLCoAwDAXvknV4EJCK3qZoW4QKYgIFxbsb624+N9W4rTSTNBzEbmqfZRgnyNKTpdNbQenWnC/sHBAgkSeMyP+oSdXnADF6Xg==");
