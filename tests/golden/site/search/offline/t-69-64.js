/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-69-64","q1bKTElNVLJSMjTVK1TSAfHyc/LTQQLGepY65nppOtl6hpY6hnpmelVKtQA=");
