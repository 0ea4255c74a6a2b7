/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-74","NctBCsIwGEThu/zrYchoROptQoxGkpaCcSHi3ZtQXb4P3sdCs4udmCBHZ+jdQszdzpxQWf5UOulN3XdI8zpGzycOrJh4g2fATDkEHn1XLRBVkaj4m5bxKLMgc93t0V7XgZEq9t0A");
