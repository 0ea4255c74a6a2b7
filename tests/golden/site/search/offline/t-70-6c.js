/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-70-6c","q1YqyElMTlWyUjJM0zM01EnVMzTTMdQrUNIBSuRXAsXT9VKBAlVKtQA=");
