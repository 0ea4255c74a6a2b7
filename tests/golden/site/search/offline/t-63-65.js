/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-63-65","NcpRCoAgEEXRvcz38GAUItqNipBkCiaBRHtvIvo8l3tRiO6gheTERqwqvb0ckOm3y1oMLFvIzB6VBYkNhoZvat2lopOaAzxXRN4hWSez6lXpfgA=");
