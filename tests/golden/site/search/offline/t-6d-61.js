/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6d-61","Jc5bCoMwEIXhveR5ODhpjdjdWBIlSBRygZbi3psZH7//DCQ/kxYfzMs4nDQjGJKQo+/JY1HusrMFP2iDddoOSQ7+RhR90FR5i7I2WGUpIXeOSMoaslzvmG5WXXlAIYsn+K35qz9KxCuYuD9z/QE=");
