/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-68-61","LY5dDoIwEITv0ufNxF0LqLdBKIg/WAExwXh3h+rLpvPNzmzf7lTW7uBaaCsKM3mgE4M5odOv1hMqmqH5k9fQTVPoaeiCe4Ix/nSBvUQsiQ23lQSoT3Kk8mwOGHkmg26kg4mHllJBK8JSCuSIkmMmn1JsDimnuRxRy5n9W+5c+MGC2mPH1xUNNNKwmVnPFluL72g4F/f5Ag==");
