/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-76-69","LYxRCsJAEEPvMt8hEFjt6m22ZcVta4tarCDe3WHwM+8l+dirFTvbSA14sxocDFu7OUvUAz2VkTiFqLvjRmHkiRPEjCMvKNQ9/DqXzRvqqMWtDq6TryV0/+91rkt0MvcAzxbxyt6+Pw==");
