/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-74-72","JYxLCoAwDAXvknV4GO3K21RbRKld1BZB8e6auJx5n5tq8SHSSAETsVI+kq+fkAsDCzqz0dc9ZtUO0n6Vg7YKTsNVoYcIO9ttXCDJoqb/C2Sm5wU=");
