/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-68-6f","q1bKyC8uycxRslIy0UvXMczTy9Qx1ktU0gGKlwMFDY30snXM9JJ1CvUMoaKpZUDxdL00nXI9I6CUYYZOil6pUi0A");
