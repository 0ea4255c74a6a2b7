/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-66-6f","LcxdDoIwEATgu/R5M2GLq9TbGCiVQC3+RRPj3R2Eh2m2327m4/oyTeXlji5BKxmQGZMW6oS7Gxc7RAnoxOOJwLdiijScG5zFONfQkajXZapFeaLwS4zSsTPgLXuktbNl6YhB1KAbxSFdqB3VMG+Wy/1B1Bl6WinFP/TweYW8fA2T8Obgvj8=");
