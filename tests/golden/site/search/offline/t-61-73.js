/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-73","LY1LCoAwDETvknUYSFs/9TaKIuLCT6suxLubVhcZ8obJ5KY2UEMFxHCLhTcMbCCVik/Lyg7GqYjnEmKTN7HGZxZEWFWpibVl1hrpUWUIwx4TH5CfQ3ozotODU+f67CnkmMNJzws=");
