// Reader enhancements: theme toggle, copying paragraph links and citations, citing one
// paragraph. Every page reads fully without this script; it only adds controls.
(function () {
  "use strict";

  var root = document.documentElement;

  // Words as the search indexes see them: lower case, a light English stemming. The build
  // (search.py) splits words the same way.
  var STEMS = [["ies", 4], ["ing", 5], ["ed", 4], ["s", 3]];
  function stem(word) {
    word = word.replace(/'s$/, "").replace(/'/g, "");
    for (var i = 0; i < STEMS.length; i++) {
      var suffix = STEMS[i][0];
      if (word.endsWith(suffix) && word.length > STEMS[i][1] && !word.endsWith("ss")) {
        return word.slice(0, -suffix.length) + (suffix === "ies" ? "y" : "");
      }
    }
    return word;
  }
  var TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
  function tokens(text) {
    return text.toLowerCase().replace(/’/g, "'").match(TOKEN) || [];
  }
  // The words of a query: a hyphenated word whole ("anti-Soviet" -> "antisoviet").
  function words(text) {
    return tokens(text).map(function (t) { return stem(t.replace(/-/g, "")); });
  }
  // A word of the text matches when one of its forms (whole, or a part of a hyphenated
  // word) begins with a searched word, as in Pagefind.
  function matches(token, terms) {
    var t = token.toLowerCase().replace(/’/g, "'");
    var forms = [stem(t.replace(/-/g, ""))].concat(t.split("-").map(stem));
    return terms.some(function (term) {
      return forms.some(function (form) { return form.indexOf(term) === 0; });
    });
  }
  window.archiveWords = words;
  window.archiveMatches = matches;
  window.archiveTokenPattern = TOKEN;

  // Arriving from a search result (?highlight=...), mark the searched words in the text.
  function highlight() {
    var query = new URLSearchParams(location.search).get("highlight");
    var text = document.querySelector(".document-text");
    if (!query || !text) return;
    var wanted = words(query);
    var walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    var nodes = [];
    while (walker.nextNode()) {
      if (!walker.currentNode.parentElement.closest("[data-ui], .visually-hidden")) nodes.push(walker.currentNode);
    }
    nodes.forEach(function (node) {
      var pattern = new RegExp(TOKEN.source, "gu");
      var value = node.nodeValue;
      var pieces = [];
      var pos = 0;
      var m;
      while ((m = pattern.exec(value))) {
        if (!matches(m[0], wanted)) continue;
        pieces.push(document.createTextNode(value.slice(pos, m.index)));
        var mark = document.createElement("mark");
        mark.className = "search-hit";
        mark.textContent = m[0];
        pieces.push(mark);
        pos = m.index + m[0].length;
      }
      if (!pieces.length) return;
      pieces.push(document.createTextNode(value.slice(pos)));
      node.replaceWith.apply(node, pieces);
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
        var text = target.dataset.text || target.textContent;
        copyText(text).then(function () { announce("Citation copied"); });
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
    body.querySelectorAll("[data-text]").forEach(function (el) {
      el.dataset.text = el.dataset.text.split(para).join(number).split(url).join(address);
    });
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
    highlight();
    setUpTheme();
    setUpCopyButtons(document);
    setUpParagraphs();
  });
})();
