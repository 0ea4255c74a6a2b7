/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-75-73","HY5dCgIxDITv0udhIOnuWrzNqrtCEYWW+oN4d6d9CJlkJh/5hlbDMZjTdxxojoUxIdNKgLxV5sKKJy3C+KJtmNkkb4gs6naXHelXOJPmh+oiiuXBG5RNlMyznAmNnx6fsdOSbqyOSC39jdM4r1qvHf2WmPoQfn8=");
