// The word model of both searches, as the build's search/words.py has it (Pagefind's),
// with the patterns the build writes in search/model.js:
// the forms a word of the text is indexed under, and the stemmed words a query searches
// for, with Snowball's English stemmer (snowball/english-stemmer.js, loaded before this).
// On a document page reached from a search result (?highlight=...), it marks the words
// the search found.
(function () {
  "use strict";

  // The model's patterns, as the build wrote them (search/model.js, loaded before this).
  var model = window.archiveWordModel;
  var KEPT = new RegExp(model.kept, "u"); // what a word is indexed by
  var NOT_KEPT = new RegExp(model.kept.replace("[", "[^"), "gu");
  var NOT_ALNUM = new RegExp(model.alnum.replace("[", "[^"), "u"); // may have parts
  var UPPER = new RegExp(model.upper, "u");
  var MARK = new RegExp(model.mark, "gu");
  var DROPPED_FROM_QUERY = new RegExp(model.droppedFromQuery, "u");
  var SPACE = new RegExp(model.space, "u"); // what words are split at
  var NOT_SPACE = new RegExp("[^" + model.space.replace(/\+$/, "") + "]+", "gu");
  var ASCII_PUNCTUATION = /[!-\/:-@\[-`{-~]/g;
  var APART = new RegExp(model.apart, "u"); // graphemes always part between two of these
  var graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });
  var utf8 = new TextEncoder();

  var stemmer = new EnglishStemmer(); // eslint-disable-line no-undef
  var stems = new Map();
  // A lower-case word, diacritics off, stemmed.
  function stem(word) {
    if (/[^\x00-\x7f]/.test(word)) word = word.normalize("NFD").replace(MARK, "");
    var found = stems.get(word);
    if (found === undefined) {
      found = stemmer.stemWord(word);
      stems.set(word, found);
    }
    return found;
  }

  function split(text) {
    return text.split(SPACE).filter(Boolean);
  }

  // A text's graphemes. The segmenter takes time that grows with the square of what it
  // is given, so a long text is given a piece at a time, cut where graphemes always part.
  var PIECE = 256;
  function units(text) {
    var out = [];
    for (var start = 0, end; start < text.length; start = end) {
      end = cut(text, start + PIECE);
      for (var s of graphemes.segment(text.slice(start, end))) out.push(s.segment);
    }
    return out;
  }
  // The first place at or after `from` between two characters that always part, or the end.
  function cut(text, from) {
    for (var i = from; i < text.length; i++) {
      var after = text.codePointAt(i);
      if (after >= 0xdc00 && after <= 0xdfff) continue; // inside a surrogate pair
      var before = text.codePointAt(i - 1);
      if (before >= 0xdc00 && before <= 0xdfff) before = text.codePointAt(i - 2);
      if (APART.test(String.fromCodePoint(before)) && APART.test(String.fromCodePoint(after))) {
        return i;
      }
    }
    return text.length;
  }
  function cased(g) { return g.toUpperCase() !== g.toLowerCase(); }
  function lower(g) { return cased(g) && g === g.toLowerCase(); }
  function upper(g) { return cased(g) && g === g.toUpperCase(); }
  function digit(g) { return /^[0-9]+$/.test(g); }

  // Lower-case words of a text split at white space and where case or digits change.
  function caseSplit(text) {
    var out = [];
    split(text).forEach(function (chunk) {
      var u = units(chunk);
      var start = 0;
      for (var i = 1; i < u.length; i++) {
        var a = u[i - 1], b = u[i], c = i + 1 < u.length ? u[i + 1] : "";
        if ((lower(a) && upper(b)) || (upper(a) && upper(b) && c && lower(c)) ||
            (digit(a) !== digit(b) && (digit(a) || cased(a)) && (digit(b) || cased(b)))) {
          out.push(u.slice(start, i).join(""));
          start = i;
        }
      }
      out.push(u.slice(start).join(""));
    });
    return out.filter(Boolean).map(function (w) { return w.toLowerCase(); });
  }

  // What one word (white space on neither side) is indexed under: itself, and its parts;
  // each word read once (the same few words make most of a text).
  var known = new Map();
  function forms(word) {
    var found = known.get(word);
    if (found === undefined) {
      if (known.size > 200000) known.clear();
      found = formsOf(word);
      known.set(word, found);
    }
    return found;
  }
  function formsOf(word) {
    word = word.replace(/\u200b/g, "");
    var whole = Array.from(word.replace(NOT_KEPT, ""), function (c) {
      return UPPER.test(c) ? c.toLowerCase() : c;
    }).join("");
    if (!whole) return [];
    var out = [stem(whole)];
    if (NOT_ALNUM.test(word) || UPPER.test(Array.from(word).slice(1).join(""))) {
      var parts = caseSplit(word.replace(ASCII_PUNCTUATION, " ")).join(" ");
      if (parts.indexOf(" ") >= 0 || whole.indexOf(parts) !== 0) {
        parts.split(" ").forEach(function (p) {
          if (utf8.encode(p).length > 1) out.push(stem(p));
        });
      }
    }
    return Array.from(new Set(out)); // each once, in order
  }

  // The forms of each word of a block, in order.
  function wordForms(text) {
    var raw = split(text);
    if (raw.length && !NOT_ALNUM.test(Array.from(raw[raw.length - 1]).pop())) {
      raw[raw.length - 1] += "."; // Pagefind ends a block with a full stop
    }
    return raw.map(forms);
  }

  // The indexed forms of a block's words, in order.
  function words(text) {
    return [].concat.apply([], wordForms(text));
  }

  // The stemmed words a query searches for, read as Pagefind reads a query.
  function queryTerms(query) {
    return queryWords(query).map(function (w) { return w.term; });
  }

  // The words of a query, read as Pagefind reads a query: each as typed (`raw`), as
  // shown (`shown`: its dashes, quotes and brackets dropped), as searched (`kept`: that,
  // in small letters) and stemmed (`term`). A piece of the query with nothing searchable
  // is no word.
  function queryWords(query) {
    var out = [];
    split(query).forEach(function (raw) {
      var shown = units(raw).filter(function (g) { return !DROPPED_FROM_QUERY.test(g); }).join("");
      var kept = units(shown).map(function (g) { return g.toLowerCase(); }).join("");
      if (kept) out.push({ raw: raw, shown: shown, kept: kept, term: stem(kept) });
    });
    return out;
  }

  // A word of the text matches when one of its forms begins with a searched word.
  function matches(word, terms) {
    return forms(word).some(function (form) {
      return terms.some(function (term) { return form.indexOf(term) === 0; });
    });
  }

  // Where a word of the text is marked: from its first to its last indexed character.
  function core(word) {
    var chars = Array.from(word);
    var first = chars.findIndex(function (c) { return KEPT.test(c); });
    if (first < 0) return null;
    var last = chars.length - 1;
    while (!KEPT.test(chars[last])) last--;
    var start = chars.slice(0, first).join("").length;
    return [start, start + chars.slice(first, last + 1).join("").length];
  }

  // The stretches of a text to mark for a search: [start, end) of each matching word.
  function marks(text, terms) {
    return marksWhere(text, function (word) { return matches(word, terms); });
  }

  // The stretches of a text to mark: [start, end) of each word for which `test(word)`.
  function marksWhere(text, test) {
    var out = [];
    var pattern = new RegExp(NOT_SPACE.source, "gu");
    var m;
    while ((m = pattern.exec(text))) {
      if (!test(m[0])) continue;
      var c = core(m[0]);
      if (c) out.push([m.index + c[0], m.index + c[1]]);
    }
    return out;
  }

  window.archiveWords = {
    forms: forms, words: words, wordForms: wordForms, queryTerms: queryTerms, queryWords: queryWords,
    caseSplit: caseSplit, stem: stem, matches: matches, marks: marks, marksWhere: marksWhere
  };

  // On a document page, mark the searched words in the text, and give a bar that goes
  // from each to the next: the first is the first on or after the paragraph landed on.
  function highlight() {
    var query = new URLSearchParams(location.search).get("highlight");
    var text = document.querySelector(".document-text");
    if (!query || !text) return;
    var terms = queryTerms(query);
    if (!terms.length) return;
    var walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    var nodes = [];
    while (walker.nextNode()) {
      if (!walker.currentNode.parentElement.closest("[data-ui], .visually-hidden")) nodes.push(walker.currentNode);
    }
    var hits = [];
    nodes.forEach(function (node) {
      var value = node.nodeValue;
      var found = marks(value, terms);
      if (!found.length) return;
      var pieces = [];
      var pos = 0;
      found.forEach(function (f) {
        pieces.push(document.createTextNode(value.slice(pos, f[0])));
        var mark = document.createElement("mark");
        mark.className = "search-hit";
        mark.textContent = value.slice(f[0], f[1]);
        pieces.push(mark);
        hits.push(mark);
        pos = f[1];
      });
      pieces.push(document.createTextNode(value.slice(pos)));
      node.replaceWith.apply(node, pieces);
    });
    if (hits.length) matchBar(text, hits, query);
  }

  function matchBar(text, hits, query) {
    var bar = document.createElement("div");
    bar.className = "hit-nav";
    bar.dataset.ui = "";
    bar.setAttribute("role", "group");
    bar.setAttribute("aria-label", "Searched words");
    var where = document.createElement("span");
    where.setAttribute("aria-live", "polite");
    var previous = document.createElement("button");
    previous.type = "button";
    previous.textContent = "Previous match";
    var next = document.createElement("button");
    next.type = "button";
    next.textContent = "Next match";
    bar.append(where, previous, next);
    text.before(bar);
    var landed = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    var current = 0;
    if (landed) {
      var after = hits.findIndex(function (mark) {
        return landed.contains(mark) || (landed.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      if (after >= 0) current = after;
    }
    function show(move) {
      hits[current].classList.remove("search-hit-current");
      current = (current + move + hits.length) % hits.length;
      hits[current].classList.add("search-hit-current");
      where.textContent = "“" + query + "”: match " + (current + 1) + " of " + hits.length;
      if (move) hits[current].scrollIntoView({ block: "center" });
    }
    previous.addEventListener("click", function () { show(-1); });
    next.addEventListener("click", function () { show(1); });
    show(0);
  }
  if (typeof document === "undefined") return; // not in a browser: the tests' node
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", highlight);
  } else {
    highlight();
  }
})();
