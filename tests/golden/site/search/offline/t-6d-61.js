/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6d-61",{"made":"6,9","madrid":"d","make":"12,g","man":"16","mani":"1x","margin":"u","masser":"5","materi":"k","matter":"10,2*2","may":"6,1f,1"});
