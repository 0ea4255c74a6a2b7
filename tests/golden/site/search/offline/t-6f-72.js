/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6f-72","q1bKL1KyUjI01avQMdIr08nWM8rSsdArUtIBSqSkguQy9Awzwdz0xDyQUnM9w1IYP7MYKGKiV65nqZOkZ6SXATTDyFjHMFXPMFmpFgA=");
