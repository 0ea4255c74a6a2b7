/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-77-6f","NYxRDoJADAXv0u+XF1qFjd4GA0YtsmZVSDDe3V2InzOd14/M8d6PchQN1AEnaiXIMnXFLXxu5JmcLZwPjMxpg0DbbkNJL9SEPXeINMWNnkFf/2C69nP5N7Fb1XvdNDlvqTUSA4zOMzXiQDP5/gA=");
