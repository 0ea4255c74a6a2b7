/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6c-69","HcpBCoAwEEPRu8x6CETrQm9jbQuloqIiiHh36yzfTx6Zs4/7mWUQEkk7eG3AVkfQidY5xX/z4GosxozNtJQqB07KFrOlw69LjQE0XvbvwRtB3g8=");
