/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-68","q1YqzkjMTlWyUjIs0UtS0gFy80tzUoD8bD1jnXy9FB1DPcNkIJENxBU6JnpGIIaljpGeUapOql6eXiaQm6JUCwA=");
