/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-67","q1ZKTE/MzCsuUbJSytKz1CnXMyzTM9HJ0jPMUNIByqUXJZYBpQwt9fJ1LPWMTMCCRampual5IC2GyXqpSrUA");
