/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-66-72","LYxLDsIwDETvkrU1wk6zKLcJTSrCJ61CKhUQdycOLEbWe9bM28zF56s5Gl6xG1KssWQVBfzoJsaGL3hyqC0ifxuWe3vMYPcTeTo3dtjohIEYvHafYg66N0JSF71mIRSwkwfTBGGy8FhIEFrYgg96nzozgode3FLVoQtu5vMF");
