/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-70-6f","NY9RDoIwEETv0u/NxK1E1NvQglitFCitJMa7W1r5nLeTmdmPGF3bu3kw4ipGHAUlYIYlqQiZlTV6O/IKroih/nCzPHGhBzTVMHSDVCQRwYaqxI5gt1tVmF2yT1D0xmGnRje2a4MuQZkO7tXMXcxbChmDNX7r4jNK3ryEPukTYpY+L2GJCXxPK1hSA1mnKVyavDfKlgdW8f0B");
