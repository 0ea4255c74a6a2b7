// How the search indexes see words (lower case, a light English stemming), shared by the
// search page and by document pages reached from a search result, where it marks the
// searched words (?highlight=...). The build (search.py) splits words the same way.
(function () {
  "use strict";

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

  // On a document page, mark the searched words in the text.
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
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", highlight);
  } else {
    highlight();
  }
})();
