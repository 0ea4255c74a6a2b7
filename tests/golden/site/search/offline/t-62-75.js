/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-62-75","q1ZKKs3MSVGyUjJM0jPMUdIB8rPzy4qzM4FCpnrJYIGilNQ8kApLPSMzsEAJiGekZ6BjpJehU6CXq2OoZ2iqVAsA");
