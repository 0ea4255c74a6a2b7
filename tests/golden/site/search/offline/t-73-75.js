/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-75","NczdDsIgDAXgd+G6ObEMHfFtNiTMnwUCoi7Gd7dgvGu/c9q3KnW+eHdXR8UTIlnohRxWRZK4RfiAK1UMpKH3NOAkA++kV2XhF80wIrn3Q/Clf9rAY5eUYm5iMIItMSbiAWcy2P55aQcVHH6Q/drgCS4dyi0+BBKs+nwB");
