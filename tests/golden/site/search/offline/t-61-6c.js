/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-6c","LY1JDsMwCEXvwhp9Fdth0du4k9PGiqUMSpOqdy+2ukDiP3jwoZjvwxzH20RnOnAhNpKtl4CDOygGvNlDrbxnB8kskBcrxMbO8GTg1LwyJjPXf5qLhQCJ/IAoZzyrUOzGxgFuMbVri0tf1tTXn4rUyBb3Gq8Q+v4A");
