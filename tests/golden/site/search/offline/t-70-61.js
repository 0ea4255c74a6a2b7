/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-70-61","NY5RCsIwEETvku9l6KS2BW+TlNYKWktSkSje3U1SP5Zl5g07+zGbu0zmbBbQC3s00upYtEYUhauiDhQH7tXZi5PEg4PmRrwlwB+sxl8Ke71jQauLfzg+by5oYgbvwhmLnPA44DplQg87FCfGLBNYH4m5lpt2FpkqXM33Bw==");
