/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6e-61","q1bKS8xNVbJSMjTQS9NJ1jMq1jHUS1fSAQqXZObngSRM9cp0EvUKIWKlRSChIr1CPUNTHSM9M6VaAA==");
