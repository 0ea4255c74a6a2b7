// The word model of both searches, as the build's search/words.py has it (Pagefind's),
// with the patterns the build writes in search/model.js:
// the forms a word of the text is indexed under, and the stemmed words a query searches
// for, with Snowball's English stemmer (snowball/english-stemmer.js, loaded before this).
// On a document page reached from a search result (?highlight=...), it marks what the
// search found: a phrase in quotes as the phrase, else each searched word.
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

  // Words too common to mark on their own where other words were searched: on a page,
  // "the" beside "domestic affairs" would mark most of a document.
  var STOP = new Set([
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it",
    "its", "of", "on", "or", "that", "the", "this", "to", "was", "were", "with"
  ]);
  function isStop(kept) { return STOP.has(kept); }

  // The words of a text (white space on neither side), each with where it starts and its
  // forms; the last read with the full stop Pagefind ends a block with, as words() does.
  function located(text) {
    var out = [];
    var pattern = new RegExp(NOT_SPACE.source, "gu");
    var m;
    while ((m = pattern.exec(text))) out.push({ at: m.index, word: m[0] });
    if (out.length) {
      var last = out[out.length - 1];
      var ended = !NOT_ALNUM.test(Array.from(last.word).pop()) ? last.word + "." : last.word;
      last.forms = forms(ended);
    }
    out.forEach(function (w) { if (!w.forms) w.forms = forms(w.word); });
    return out;
  }

  // The parts of a word its forms after the first are made of (as formsOf() parts it),
  // each with where it stands in the word: { start, end, form }; none where a part cannot
  // be found again in the word's own letters.
  function partsOf(word) {
    var parts = caseSplit(word.replace(/\u200b/g, "").replace(ASCII_PUNCTUATION, " "));
    var lowered = word.toLowerCase();
    if (lowered.length !== word.length) return [];
    var out = [];
    var pos = 0;
    for (var i = 0; i < parts.length; i++) {
      var at = lowered.indexOf(parts[i], pos);
      if (at < 0) return [];
      pos = at + parts[i].length;
      if (utf8.encode(parts[i]).length > 1) out.push({ start: at, end: pos, form: stem(parts[i]) });
    }
    return out;
  }

  // Where a located word is marked for `test` (of a form), [start, end) in its text, or
  // null: the whole word where its whole form passes, else the part that does ("Soviet"
  // of "anti-Soviet"; `last`: the last such part, else the first).
  function stretch(w, test, last) {
    var c = core(w.word);
    if (!c) return null;
    if (!test || test(w.forms[0])) return [w.at + c[0], w.at + c[1]];
    var parts = partsOf(w.word).filter(function (p) { return test(p.form); });
    if (!parts.length) return [w.at + c[0], w.at + c[1]];
    var part = parts[last ? parts.length - 1 : 0];
    return [w.at + part.start, w.at + part.end];
  }

  // The stretches of a text where a phrase stands, as the search finds a phrase: words one
  // after another, the k-th with a form that is one of `phrase[k]` (stemmed spellings),
  // each stretch from the first word's first indexed character to the last word's last
  // (from "interference" of "non-interference into ...").
  function phraseMarks(text, phrase) {
    var out = [];
    if (!phrase.length) return out;
    var tests = phrase.map(function (spellings) { return function (f) { return spellings.indexOf(f) >= 0; }; });
    var each = located(text);
    for (var i = 0; i + phrase.length <= each.length; i++) {
      var k = 0;
      while (k < phrase.length && each[i + k].forms.some(tests[k])) k++;
      if (k < phrase.length) continue;
      var first = stretch(each[i], tests[0], true), last = stretch(each[i + k - 1], tests[k - 1], false);
      if (first && last) out.push([first[0], last[1]]);
      i += k - 1; // a phrase is not marked again inside itself
    }
    return out;
  }

  // The stretches of a text where a word stands of which a form passes `test`: the
  // word, or the part of it that passes.
  function marksOf(text, test) {
    var out = [];
    located(text).forEach(function (w) {
      var s = w.forms.some(test) && stretch(w, test, false);
      if (s) out.push(s);
    });
    return out;
  }

  // The stretches of each of `texts` where a searched word stands, for `terms` (stemmed):
  // a word whose form is a term, as the search finds whole words; only for a term that
  // no word of the texts is, a word whose form begins with it (as "sakh" finds
  // "Sakharov").
  function wordMarks(texts, terms) {
    var whole = new Set();
    texts.forEach(function (text) {
      located(text).forEach(function (w) {
        w.forms.forEach(function (f) { if (terms.indexOf(f) >= 0) whole.add(f); });
      });
    });
    var begun = terms.filter(function (t) { return !whole.has(t); });
    function test(f) { return whole.has(f) || begun.some(function (t) { return f.indexOf(t) === 0; }); }
    return texts.map(function (text) { return marksOf(text, test); });
  }

  // What a page reached from a result marks (its ?highlight=): a phrase, in double quotes,
  // its words in order, a word's other spellings after "|" ("\"Andrei Sakharov|Sacharov\"");
  // or words (as every link before phrases had it), each marked where it stands, the
  // common words ("the", "of") left out where others were searched.
  function readHighlight(value) {
    var text = value.trim();
    if (text.length > 2 && text[0] === "\"" && text[text.length - 1] === "\"") {
      var quoted = split(text.slice(1, -1));
      var phrase = quoted.map(function (word) {
        return word.split("|").map(function (spelling) {
          var w = queryWords(spelling)[0];
          return w ? w.term : "";
        }).filter(Boolean);
      }).filter(function (spellings) { return spellings.length; });
      var shown = quoted.map(function (word) { return word.split("|")[0]; }).join(" ");
      return { phrase: phrase, terms: [], shown: shown };
    }
    var asked = queryWords(text);
    var kept = asked.filter(function (w) { return !isStop(w.kept); });
    return { phrase: null, terms: (kept.length ? kept : asked).map(function (w) { return w.term; }), shown: text };
  }

  window.archiveWords = {
    forms: forms, words: words, wordForms: wordForms, queryTerms: queryTerms, queryWords: queryWords,
    caseSplit: caseSplit, stem: stem, isStop: isStop, phraseMarks: phraseMarks, marksOf: marksOf,
    wordMarks: wordMarks, readHighlight: readHighlight
  };

  // The text of each block of a document's text as one string (a word or a phrase may run
  // across a link or a span), with the text nodes it is made of and where each starts; the
  // page's own controls and what is there only for a screen reader left out.
  function blocks(text) {
    var walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    var out = [];
    var last = null;
    while (walker.nextNode()) {
      var node = walker.currentNode;
      if (node.parentElement.closest("[data-ui], .visually-hidden")) continue;
      var block = node.parentElement.closest(".block") || text;
      if (!last || last.block !== block) out.push(last = { block: block, text: "", nodes: [] });
      last.nodes.push({ node: node, at: last.text.length });
      last.text += node.nodeValue;
    }
    return out;
  }

  // Marks each stretch of a block (each a match, numbered from `first`) in the text nodes
  // it runs over: the marks of each match, in order.
  function markBlock(block, stretches, first) {
    var hits = stretches.map(function () { return []; });
    block.nodes.forEach(function (n) {
      var value = n.node.nodeValue;
      var end = n.at + value.length;
      var pieces = [];
      var pos = 0;
      stretches.forEach(function (s, i) {
        var from = Math.max(s[0], n.at) - n.at, to = Math.min(s[1], end) - n.at;
        if (from >= to) return;
        pieces.push(document.createTextNode(value.slice(pos, from)));
        var mark = document.createElement("mark");
        mark.className = "search-hit";
        mark.dataset.hit = String(first + i);
        mark.textContent = value.slice(from, to);
        pieces.push(mark);
        hits[i].push(mark);
        pos = to;
      });
      if (!pieces.length) return;
      pieces.push(document.createTextNode(value.slice(pos)));
      n.node.replaceWith.apply(n.node, pieces);
    });
    return hits;
  }

  // On a document page, mark what was searched in the text, and give a bar that goes from
  // each match to the next: the first is the first on or after the paragraph landed on.
  function highlight() {
    var value = new URLSearchParams(location.search).get("highlight");
    var text = document.querySelector(".document-text");
    if (!value || !text) return;
    var asked = readHighlight(value);
    if (!(asked.phrase || asked.terms).length) return; // nothing a word of the text can be
    var each = blocks(text);
    var found = asked.phrase
      ? each.map(function (b) { return phraseMarks(b.text, asked.phrase); })
      : wordMarks(each.map(function (b) { return b.text; }), asked.terms);
    var hits = [];
    each.forEach(function (b, i) {
      if (found[i].length) hits.push.apply(hits, markBlock(b, found[i], hits.length));
    });
    if (hits.length) matchBar(text, hits, asked.shown);
  }

  function matchBar(text, hits, shown) {
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
    var landed = null;
    try {
      landed = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    } catch (e) { /* a damaged fragment names nothing */ }
    var current = 0;
    if (landed) {
      var after = hits.findIndex(function (marks) {
        var mark = marks[marks.length - 1];
        return landed.contains(mark) || (landed.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      if (after >= 0) current = after;
    }
    // The bar stays at the window's top: what is scrolled to (the paragraph landed on, a
    // paragraph's link followed later) stops below it, however many lines it takes; until
    // the reader moves, the paragraph landed on is kept below it as the bar settles (the
    // style sheet applied, the window turned).
    var root = document.documentElement;
    var moved = false;
    ["wheel", "touchstart", "keydown", "pointerdown"].forEach(function (type) {
      window.addEventListener(type, function () { moved = true; }, { once: true, passive: true });
    });
    function clear() {
      root.style.scrollPaddingTop = bar.offsetHeight + "px";
      if (landed && !moved) landed.scrollIntoView({ block: "start" });
    }
    root.classList.add("has-hit-nav");
    clear();
    if (window.ResizeObserver) new ResizeObserver(clear).observe(bar);
    window.addEventListener("load", clear);
    function show(move) {
      hits[current].forEach(function (mark) { mark.classList.remove("search-hit-current"); });
      current = (current + move + hits.length) % hits.length;
      hits[current].forEach(function (mark) { mark.classList.add("search-hit-current"); });
      where.textContent = "“" + shown + "”: match " + (current + 1) + " of " + hits.length;
      if (move) hits[current][0].scrollIntoView({ block: "center" });
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
