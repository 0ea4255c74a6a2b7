/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-75-6e","Rc7dEoIgEAXgd+F658xgmtXbKGIyg+AfTtb07i1odcd+nAP7EsFVSulhETchM2QN5VgFMSu/RttQpLHRE493dNRDlpxyX7bGxeAT8pecl8o1Ec8ok+l+sH6LUkJeqca48xgOM2yPZK23qTocVePj8z0KMsjpArnSCdlEFSwfuj0T17d8LWvINtEY9Lzs3T+GOf3X8g7i/QE=");
