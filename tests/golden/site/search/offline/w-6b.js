/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("w-6b",{"kind":["kind",2],"kirilenko":["Kirilenko",1],"know":["knows",1],"known":["known",1],"kosygin":["Kosygin",1]});
