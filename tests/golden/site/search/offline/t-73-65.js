/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-65",{"second":"1g","secret":"0,b,c,9,j*2","secretari":"t,5,f,4","secretariat":"g","sector":"1,t","secur":"14,5","see":"12,9","seem":"16","send":"6","sent":"5,c,2,x","sentiment":"1f","separ":"1c","serv":"1c,f","servic":"1f","sever":"5,1r"});
