/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-70-65","PYtLDsIwDAXv4rX1pJfwv00VIkFVkgpoS4S4O3GKWHgx8zxvGWMX5CTs4fUAUrSq1A3mCl4N89iQ6HWDIxYlSj0WdXA39XBBd5jUHiLm1tyv+WzRjLTyI4bpaWYPLj+Vk4kAbmtP/7cpDuvgLvL5Ag==");
