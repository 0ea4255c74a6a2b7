/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-79-6f","q1aqzC9VslLK0LPUMdYz0knVs9Ax1TPQSdRLBbKNjHXM9AxTdAz1DJR0QCqLwEoNdYz0DBOVagE=");
