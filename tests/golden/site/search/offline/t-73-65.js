/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-65",{"second":"1g","secret":"0,b,c,9,j","secretariat":"g","secretary":"t,5,f,4","secretly":"1f","sector":"1,t","security":"14,5","see":"12,9","seem":"16","send":"6","sent":"5,c,2,x","sentiment":"1f","separate":"1c","serv":"1r","serve":"1c","service":"1f","several":"5,1r"});
