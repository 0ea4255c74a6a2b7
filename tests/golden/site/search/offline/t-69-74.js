/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-69-74","NY1BCsJAEAT/suehyGzYgP5mxagrWQ2oiAn+3U6Chzl0Fd0zh/IM+9ARLTNZxfEL2RKNRT66Bq8mesQP1srHF0lcydmR1JLN1uGjsBZuwbSaB+36xJV/LuujcU2Pfjgt/o23nDd0rwsp9OH7Aw==");
