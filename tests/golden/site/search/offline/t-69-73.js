/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-69-73","FY1bCoBADAPv0u8QqI919Ta+kEUFZREE8e5GSmhh6OSxlK2zhhEbJwZE9iioaVHSE5yr4qgU7ZmH8K2zoFdc6PFHAwL9FMn6alEL7Aa58yV74IDfnTiqJdr7AQ==");
