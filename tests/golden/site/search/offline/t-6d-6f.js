/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6d-6f","JcpbCoAwDETRveQ7DKQiiruRNojFWlCxPnDv2vp57sxNITqdqCNJkED8ObrMA9IWLn2Za4hhg+FvmtMI0xSuNqYvXKjZwXiuYFng/m3L1xZn0a5B51w8lJ4X");
