/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-63","NY1LCoAwFAPv0nUIPP94G239VMWKqAvFu1srLjMZkktVWlvTzJsqldSMFV7iVuPzSYeWNqDQt5TlS9bNHiQUg4MDDDUidswR8zeOIPSQgrL6nREZo6/bq+mdyymC1B/cDw==");
