/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6c-65","q1bKSU1MSS0qzsgsULJSMtUzTNdJ1itS0gGKp5UARUr1DKGcjMS8FCSB9MQcIM8wTc84E8LPLAYLVOqVgPklJalFEBOTdZL0ynUM9fKUagE=");
