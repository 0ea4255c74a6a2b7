/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-75-6e",{"unaccept":"12,4","uncov":"1y","under":"g,m,4","underlin":"1z","understand":"16","unemploy":"17,b","unequ":"17,b","unfold":"1p","union":"m,i,8,3,a,3","unit":"l,1b","unquestion":"1b","unusu":"1f"});
