/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-62-65","LY9REoIwDETvwndmxwCCehuQglUKWkBGHe9uEvzodN5us918ktolp6RAjisFtJQipwK13LxQCW5EZwQ5L9qjUr0F79SaDEQd4cV3CUlYFSWOV+yM3CAk0RjpDL5RBi7pgYA0p4OEq6r/Lfa6HXW4A18NOz9sSPp+kxaV+IjM8OKHRvmOaNx3fgm2zrqxd0/1K6TGUacb7A0mb7Ptv+q8bm0lfAZH2S1IxYM0rM1ffd847feW8O8P");
