// Reader enhancements on every page: the theme toggle, and on a page reached from a search
// result (?highlight=...), loading words.js to mark the searched words. Document pages add
// document.js. Every page reads fully without these scripts; they only add controls.
(function () {
  "use strict";

  var root = document.documentElement;

  // Arriving from a search result (?highlight=...), words.js marks the searched words;
  // it is loaded only then, from beside this script, after the stemmer it uses.
  var self = document.currentScript;
  if (self && new URLSearchParams(location.search).get("highlight")) {
    ["../search/model.js", "snowball/base-stemmer.js", "snowball/english-stemmer.js", "words.js"].forEach(function (file) {
      var extra = document.createElement("script");
      extra.src = new URL(file, self.src).href;
      extra.async = false; // in this order
      document.head.appendChild(extra);
    });
  }

  var THEME_KEY = "archive-reader-theme";

  function stored() {
    try { return localStorage.getItem(THEME_KEY); } catch (e) { return null; }
  }
  function store(value) {
    try { localStorage.setItem(THEME_KEY, value); } catch (e) { /* private mode: not kept */ }
  }
  var saved = stored();
  if (saved === "light" || saved === "dark") root.dataset.theme = saved;

  function setUpTheme() {
    var toggle = document.getElementById("theme-toggle");
    if (!toggle) return;
    var dark = window.matchMedia("(prefers-color-scheme: dark)");
    function current() { return root.dataset.theme || (dark.matches ? "dark" : "light"); }
    function show() {
      var isDark = current() === "dark";
      toggle.setAttribute("aria-pressed", String(isDark));
      toggle.textContent = "Dark theme";
    }
    toggle.hidden = false;
    show();
    toggle.addEventListener("click", function () {
      var next = current() === "dark" ? "light" : "dark";
      root.dataset.theme = next;
      store(next);
      show();
    });
  }

  // An old link into a timeline that has since grown to pages by year
  // (timeline/index.html#event-...): its page of years lists the entries of each page;
  // go on to the entry's. Without JavaScript, the years lead there in one click.
  function forward() {
    var table = document.getElementById("timeline-places");
    if (!table || !location.hash) return;
    var id;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch (e) {
      return; // a damaged fragment names no entry
    }
    var places = JSON.parse(table.textContent);
    for (var folder in places) {
      if (places[folder].indexOf(id) >= 0) {
        location.replace(folder + "/index.html" + location.hash);
        return;
      }
    }
  }
  forward();
  window.addEventListener("hashchange", forward);

  document.addEventListener("DOMContentLoaded", setUpTheme);
})();
