/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-6d","HYxLCoAwEEPvMush0NZa9TbVSlXwQ7tTvLvB3UvCyyNxH2OtMZ1FBnFo1GFWg6ABVhNacqeefYbTBv5nCydKdS7rFA+KN8eEHubiZgwl8oaFqfKPXdYWNsv7AQ==");
