// Reader enhancements: theme toggle, copying paragraph links and citations, citing one
// paragraph, and loading words.js to mark searched words. Every page reads fully without this script; it only adds controls.
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

  function announce(message) {
    var status = document.getElementById("status");
    if (!status) return;
    status.textContent = "";
    window.setTimeout(function () { status.textContent = message; }, 30);
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return legacyCopy(text); });
    }
    return Promise.resolve(legacyCopy(text));
  }
  function legacyCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } finally { area.remove(); }
  }

  function button(label, onClick, name) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    if (name) b.setAttribute("aria-label", name);
    b.addEventListener("click", onClick);
    return b;
  }

  function pageAddress() {
    var article = document.querySelector("article[data-url]");
    if (article) return article.dataset.url;
    return location.href.split("#")[0];
  }

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

  function setUpCopyButtons(scope) {
    scope.querySelectorAll("button[data-copy]").forEach(function (b) {
      b.hidden = false;
      b.addEventListener("click", function () {
        var target = document.getElementById(b.dataset.copy) || scope.querySelector("#" + b.dataset.copy);
        copyText(target.textContent).then(function () { announce("Citation copied"); });
      });
    });
  }

  function citeDialog(number, address) {
    var dialog = document.getElementById("cite-dialog");
    var template = document.getElementById("paragraph-citations");
    if (!dialog || !template || !dialog.showModal) return;
    var para = template.dataset.para;
    var url = template.dataset.url;
    var body = dialog.querySelector(".cite-dialog-body");
    body.replaceChildren(template.content.cloneNode(true));
    body.querySelectorAll("[id]").forEach(function (el) { el.id = "dialog-" + el.id; });
    body.querySelectorAll("[aria-labelledby]").forEach(function (el) {
      el.setAttribute("aria-labelledby", "dialog-" + el.getAttribute("aria-labelledby"));
    });
    body.querySelectorAll("button[data-copy]").forEach(function (b) {
      b.dataset.copy = "dialog-" + b.dataset.copy;
    });
    var walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      walker.currentNode.nodeValue = walker.currentNode.nodeValue.split(para).join(number).split(url).join(address);
    }
    dialog.querySelector("h2").textContent = "Cite paragraph " + number;
    setUpCopyButtons(body);
    dialog.showModal();
  }

  function setUpParagraphs() {
    var dialog = document.getElementById("cite-dialog");
    if (dialog) {
      dialog.querySelector(".close-button").addEventListener("click", function () { dialog.close(); });
    }
    document.querySelectorAll(".document-text [data-para]").forEach(function (block) {
      var number = block.dataset.para;
      var address = pageAddress() + "#" + block.id;
      var tools = document.createElement("span");
      tools.className = "para-tools";
      tools.dataset.ui = "";
      tools.appendChild(button("Copy link", function () {
        copyText(address).then(function () { announce("Link to paragraph " + number + " copied"); });
      }, "Copy link to paragraph " + number));
      if (dialog) {
        tools.appendChild(button("Cite", function () { citeDialog(number, address); },
          "Cite paragraph " + number));
      }
      block.appendChild(tools);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setUpTheme();
    setUpCopyButtons(document);
    setUpParagraphs();
  });
})();
