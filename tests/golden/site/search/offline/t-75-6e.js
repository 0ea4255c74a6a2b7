/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-75-6e",{"unacceptable":"12,4","uncover":"1y","under":"g,m,4","underlin":"1z","understand":"16","unemployment":"17,b","unequal":"17,b","unfold":"1p","union":"m,i,8,3,a,3","unit":"1w","unite":"l","unquestionable":"1b","unusual":"1f"});
