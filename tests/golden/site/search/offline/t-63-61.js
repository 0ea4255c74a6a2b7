/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-63-61","JY1JDsIwDEXvkrX1JZsWBLdxUWkDHUIapALi7jjJwor/4Lyvu+o0uYu7gYV2yNmRWXNQPyxmH6DEaPGkDi2x2ipCgruNaTT2HstJbrNgphEPUizUgq81WdaUQ0P4YgTtMpITKi34pJPfcqlBAJ/s05GYsZc4Rp/bETxUnfpoxht9kakf1ljhUoGvrfY/7vcH");
