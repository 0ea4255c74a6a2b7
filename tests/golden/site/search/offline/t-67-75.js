/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-67-75",{"guarante":"14,5,9","guard":"15","guid":"1j","guidanc":"6,b"});
