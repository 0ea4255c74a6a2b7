/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-69-64",{"idea":"15","ideological":"1u,1*2","ideology":"13,7"});
