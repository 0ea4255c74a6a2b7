/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-63-72","q1ZKLkpNLMnMz1OyUjIs0zO0VNIBCmXmpoL4mXqGSVB+JkhBlV4RmJtfngLkZegZGUK5afn5JUARIwM9I6VaAA==");
