/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-66-65","q1ZKS00qKk0sylSyUirUS9Ep0DM01jHSM1TSAcqUAwUNS/QMU5RqAQ==");
