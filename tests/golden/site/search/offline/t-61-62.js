/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-62","q1ZKTMovLVGyUjLWM9DJB+IMPTMdE70cHUO9FCDbVMdIrwTIzlTSAaksAyo0LNEzBPOK83PAOg2T9AxTlGoB");
