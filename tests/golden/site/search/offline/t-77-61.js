/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-77-61","JYxJCoAwEAT/MuemcWKCy28CBo2HCCouiH836rGqi75k97O0oo4RlsYKslmycazgqSN2dr8cYurXKeWto0VgDaWHY4GFRlGx+botvH+R+uP5Uk2DknrI/QA=");
