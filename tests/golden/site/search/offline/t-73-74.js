/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-74","RZBrDoIwEITv0t+bCSsoxttUWijII0rxEWPiaTyYJ3FbUH+0u/PtZjLtXY1e7+tW7RR7OEVBl2WQV6Sz9FakAzM5NJTBgBNa4whOaQUL3hLjKINJahuQ1FUiFxe0AQ+CeE8pOAtdFQY/6872XuwzcEMlzuShocW9J4PmuzS+n68Q6SQ+C6uHfg7J5Z9Ysyz+cN2Gp9XQUQ3FwQ1tJ8Qgj+Rk+8o7G71uYLPAcQzggm7WU1XFH5rAWtLnSOUU6vEB");
