// Search, on the search page only. Over http(s) it asks Pagefind; opened from a folder
// (file:), where browsers refuse modules and fetch, it reads the offline index, a set of
// classic scripts loaded as the query needs them. Both give the same shape of result:
// a paragraph, with its document, date, number and an excerpt with the words marked.
(function () {
  "use strict";

  var base = new URL("../", location.href); // the site's root: this page is search/index.html
  var MAX = 50;
  var LONGEST = 1000; // characters of a query searched: the rest is left out, and the page says so
  var load = window.archiveIndex.load; // loader.js
  var records = window.archiveIndex.records;

  var model = window.archiveWords;

  // A shard of the offline index: the terms that begin with its key, in one file or more.
  function termFile(key, part) {
    var name = "t-" + Array.from(key).map(function (c) {
      return c.codePointAt(0).toString(16);
    }).join("-");
    return part ? name + "." + part : name;
  }

  // "a,3,1f*2" -> [[10, 1], [13, 1], [64, 2]]: paragraph numbers as differences, base 36,
  // with the count after "*" where it is more than one.
  function decode(text) {
    var out = [];
    var last = 0;
    text.split(",").forEach(function (token) {
      var star = token.indexOf("*");
      last += parseInt(star < 0 ? token : token.slice(0, star), 36);
      out.push([last, star < 0 ? 1 : parseInt(token.slice(star + 1), 36)]);
    });
    return out;
  }

  // The document of a paragraph: paragraphs are numbered document after document.
  function documentOf(starts, record) {
    var low = 0;
    var high = starts.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (starts[middle] <= record) low = middle; else high = middle - 1;
    }
    return low;
  }

  // -- the offline index --------------------------------------------------------------------
  // The tables of the shards that may hold words beginning with `prefix`: those whose key
  // begins with it, and the one with the longest key that begins it.
  function shardsFor(meta, prefix) {
    var keys = Object.keys(meta.shards);
    var wanted = keys.filter(function (key) { return key.startsWith(prefix); });
    var holding = keys.filter(function (key) { return prefix.startsWith(key); })
      .sort(function (a, b) { return b.length - a.length; })[0];
    if (holding !== undefined && wanted.indexOf(holding) < 0) wanted.push(holding);
    return tables(meta, wanted);
  }

  // The tables of these shards.
  function tables(meta, keys) {
    var files = [];
    keys.forEach(function (key) {
      for (var part = 0; part < meta.shards[key]; part++) files.push(termFile(key, part));
    });
    return Promise.all(files.map(function (file) {
      return load(file, meta.paths.terms + file + ".js");
    }));
  }

  // The indexed words a searched word finds, as Pagefind finds them: every word it begins;
  // failing that, the longest of its beginnings that is a word itself; failing that, none
  // (and the searched word is left out of the search).
  async function found(meta, term) {
    var words = new Map();
    (await shardsFor(meta, term)).forEach(function (table) {
      Object.keys(table).forEach(function (word) {
        if (word.indexOf(term) === 0) words.set(word, (words.get(word) || []).concat([table[word]]));
      });
    });
    if (!words.size) {
      var begun = await longestBeginning(meta, term);
      if (begun) words = await exactly(meta, begun);
    }
    return words;
  }

  // The longest indexed word that a searched word begins with (and is not), or "": it
  // is in a shard whose key begins the searched word. Read once, in time that grows
  // with the shards, not with the searched word.
  async function longestBeginning(meta, term) {
    var keys = Object.keys(meta.shards).filter(function (key) { return term.startsWith(key); });
    var best = "";
    (await tables(meta, keys)).forEach(function (table) {
      Object.keys(table).forEach(function (word) {
        if (word.length > best.length && word.length < term.length && term.startsWith(word)) {
          best = word;
        }
      });
    });
    return best;
  }

  // Each paragraph where the words are: [record, times, document]. A word split over
  // parts has a list in each part, each list starting afresh.
  function postings(meta, words) {
    var merged = new Map();
    words.forEach(function (lists) {
      lists.forEach(function (text) {
        decode(text).forEach(function (p) { merged.set(p[0], (merged.get(p[0]) || 0) + p[1]); });
      });
    });
    return Array.from(merged, function (entry) {
      return [entry[0], entry[1], documentOf(meta.starts, entry[0])];
    });
  }

  // The words a quoted search finds: only the searched word itself (its lists, if it is
  // split over parts).
  async function exactly(meta, term) {
    var words = new Map();
    (await shardsFor(meta, term)).forEach(function (table) {
      if (Object.prototype.hasOwnProperty.call(table, term)) {
        words.set(term, (words.get(term) || []).concat([table[term]]));
      }
    });
    return words;
  }

  // Whether the words follow one another in a paragraph's text, as a quoted search asks.
  function phraseIn(text, terms) {
    var each = model.wordForms(text);
    return each.some(function (_, i) {
      return terms.every(function (term, k) {
        return i + k < each.length && each[i + k].indexOf(term) >= 0;
      });
    });
  }

  async function offline(query, chosen, limit) {
    var meta = await load("meta", "search/offline/meta.js");
    var terms = model.queryTerms(query);
    // A query in quotes ("human rights") asks, as in Pagefind, for the words themselves,
    // one after another: in each document, the first paragraph where they are.
    var quoted = /^\s*".+"\s*$/.test(query);
    var lists = [];
    for (var i = 0; i < terms.length; i++) {
      var words = await (quoted ? exactly : found)(meta, terms[i]);
      if (words.size) lists.push(postings(meta, words));
      else if (quoted) return [];
    }
    if (!lists.length) return [];
    if (quoted) {
      var first = lists[0].slice().sort(function (a, b) { return a[0] - b[0]; });
      var texts = await records(meta, first.map(function (p) { return p[0]; }));
      var phrase = [];
      var seen = new Set();
      first.forEach(function (p, i) {
        if (!seen.has(p[2]) && phraseIn(texts[i][3], terms)) {
          seen.add(p[2]);
          phrase.push(p);
        }
      });
      lists = [phrase];
    }
    // the documents that have every searched word (as Pagefind's pages), and in them each
    // paragraph that has any
    var docSets = lists.map(function (list) {
      return new Set(list.map(function (p) { return p[2]; }));
    });
    var keep = new Set(Array.from(docSets[0]).filter(function (d) {
      return docSets.every(function (set) { return set.has(d); }) && passes(meta.documents[d], chosen);
    }));
    // Ranked as Pagefind ranks: documents by a BM25 score of the searched words (each
    // word's paragraphs counted, the document's length weighed against the average), and
    // a document's paragraphs in reading order.
    var total = meta.lengths.reduce(function (a, b) { return a + b; }, 0);
    var average = total / Math.max(1, meta.lengths.length);
    var docScore = new Map();
    lists.forEach(function (list) {
      var counts = new Map();
      list.forEach(function (p) { counts.set(p[2], (counts.get(p[2]) || 0) + p[1]); });
      var n = counts.size;
      var idf = Math.log((meta.lengths.length - n + 0.5) / (n + 0.5) + 1);
      counts.forEach(function (tf, d) {
        if (!keep.has(d)) return;
        var norm = tf / (tf + 1.2 * (0.25 + 0.75 * meta.lengths[d] / average));
        docScore.set(d, (docScore.get(d) || 0) + idf * norm * 2.2);
      });
    });
    var documentOfRecord = new Map(); // each paragraph found, and its document
    lists.forEach(function (list) {
      list.forEach(function (p) { if (keep.has(p[2])) documentOfRecord.set(p[0], p[2]); });
    });
    var ranked = Array.from(documentOfRecord.keys()).sort(function (a, b) {
      var da = documentOfRecord.get(a), db = documentOfRecord.get(b);
      return (docScore.get(db) - docScore.get(da)) || (da - db) || (a - b);
    }).slice(0, limit || MAX);
    return (await records(meta, ranked)).map(function (rec) {
      var doc = meta.documents[rec[0]];
      return {
        title: doc[1], date: doc[2], label: rec[2],
        href: new URL(doc[7], base).href + "#" + rec[1],
        excerpt: excerpt(rec[3], terms)
      };
    });
  }

  function passes(doc, chosen) {
    var facets = { document: [doc[0]], year: [doc[3]], type: [doc[4]], classification: [doc[5]], person: doc[6] };
    return FILTERS.every(function (f) { return !chosen[f] || facets[f].indexOf(chosen[f]) >= 0; });
  }

  function excerpt(text, terms) {
    var found = model.marks(text, terms);
    var start = found.length ? Math.max(0, found[0][0] - 120) : 0;
    var end = Math.min(text.length, start + 300);
    var parts = [];
    var pos = start;
    if (start > 0) parts.push({ text: "… " });
    found.forEach(function (f) {
      if (f[0] < pos || f[1] > end) return;
      parts.push({ text: text.slice(pos, f[0]) });
      parts.push({ text: text.slice(f[0], f[1]), mark: true });
      pos = f[1];
    });
    parts.push({ text: text.slice(pos, end) + (end < text.length ? " …" : "") });
    return parts;
  }

  // -- Pagefind -----------------------------------------------------------------------------
  var pagefind = null;
  function online(query, chosen, limit) {
    if (!pagefind) {
      pagefind = import(new URL("pagefind/pagefind.js", base).href).then(function (pf) {
        return pf.options({ baseUrl: base.pathname }).then(function () { return pf; });
      });
    }
    return pagefind.then(function (pf) {
      var filters = {};
      FILTERS.forEach(function (f) { if (chosen[f]) filters[f] = chosen[f]; });
      return pf.search(query, { filters: filters });
    }).then(function (search) {
      // Read the best pages ten at a time, only until there are enough paragraphs to show.
      var out = [];
      function more(start) {
        var batch = search.results.slice(start, start + 10);
        if (!batch.length || out.length >= (limit || MAX)) return out.slice(0, limit || MAX);
        return Promise.all(batch.map(function (r) { return r.data(); })).then(function (pages) {
          pages.forEach(function (page) {
            var doc = documents.get(page.filters.document[0]);
            page.sub_results.forEach(function (sub) {
              if (sub.url.indexOf("#") < 0) return;
              out.push({
                title: doc[3], date: doc[2], label: label(sub.url.split("#")[1], (page.filters.renumbered || [])[0]),
                href: new URL(sub.url, location.origin).href, excerpt: marked(sub.excerpt)
              });
            });
          });
          return more(start + 10);
        });
      }
      return more(0);
    });
  }

  function label(anchor, renumbered) {
    // "p12" -> "¶ 12"; "heading-1" -> "heading"; as the offline index labels them. A
    // paragraph whose number is no longer its id's is listed in `renumbered` ("p25=13").
    var moved = new RegExp("(?:^| )" + anchor + "=(\\d+)").exec(renumbered || "");
    if (moved) return "¶ " + moved[1];
    var number = /^p(\d+)$/.exec(anchor);
    return number ? "¶ " + number[1] : anchor.replace(/-\d+$/, "").replace(/_/g, " ");
  }

  function marked(html) {
    // Pagefind's excerpt is escaped text with <mark> around the matches: read it as parts,
    // never as markup.
    var entities = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'", "&#x27;": "'" };
    return html.split(/(<mark>|<\/mark>)/).reduce(function (acc, piece) {
      if (piece === "<mark>") acc.on = true;
      else if (piece === "</mark>") acc.on = false;
      else if (piece) {
        var text = piece.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, function (e) { return entities[e]; });
        // Pagefind marks a word with the punctuation after it; mark the word alone
        var tail = acc.on ? /[^\p{L}\p{N}]*$/u.exec(text)[0] : "";
        acc.parts.push({ text: text.slice(0, text.length - tail.length), mark: acc.on });
        if (tail) acc.parts.push({ text: tail });
      }
      return acc;
    }, { on: false, parts: [] }).parts;
  }

  // Both engines, for whoever compares them: the tests ask each for every paragraph.
  window.archiveSearch = { pagefind: online, offline: offline };

  // -- the page -----------------------------------------------------------------------------
  var form = document.getElementById("search-form");
  // The filters are the form's choices, as the build wrote them.
  var FILTERS = Array.from(form.querySelectorAll("select"), function (select) { return select.name; });
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var mode = location.protocol === "file:" ? "offline" : "pagefind";

  function chosenFromForm() {
    var chosen = {};
    FILTERS.forEach(function (f) {
      var value = form.elements[f].value;
      if (value) chosen[f] = value;
    });
    return chosen;
  }

  function render(results, query, cut) {
    list.replaceChildren();
    results.forEach(function (r) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      var url = new URL(r.href);
      url.searchParams.set("highlight", query);
      link.href = url.href;
      link.textContent = r.title;
      var where = document.createElement("p");
      where.className = "result-where";
      where.textContent = r.date + " · " + r.label;
      var text = document.createElement("p");
      text.className = "result-excerpt";
      r.excerpt.forEach(function (part) {
        var node = part.mark ? document.createElement("mark") : document.createTextNode(part.text);
        if (part.mark) node.textContent = part.text;
        text.appendChild(node);
      });
      item.append(link, where, text);
      list.appendChild(item);
    });
    var n = results.length;
    status.textContent = n === 0 ? "No paragraphs found for “" + query + "”."
      : (n === MAX ? "The first " + n : n) + (n === 1 ? " paragraph" : " paragraphs") + " found for “" + query + "”.";
    if (cut) status.textContent += " Only its first " + LONGEST.toLocaleString("en") + " characters were searched for.";
  }

  function run() {
    var query = input.value.trim();
    var chosen = chosenFromForm();
    if (!query) { list.replaceChildren(); status.textContent = ""; return; }
    var chars = Array.from(query);
    var cut = chars.length > LONGEST;
    if (cut) query = chars.slice(0, LONGEST).join("").trim();
    status.textContent = "Searching…";
    // The offline copy has no Pagefind index: served over HTTP, it reads the offline index.
    var searching = mode === "offline" ? offline(query, chosen)
      : online(query, chosen).catch(function () { mode = "offline"; return offline(query, chosen); });
    searching.then(function (results) {
      render(results, query, cut);
    }).catch(function (error) {
      status.textContent = error.message;
    });
  }

  function fromAddress() {
    var params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    FILTERS.forEach(function (f) { form.elements[f].value = params.get(f) || ""; });
  }

  var documents = new Map(); // id -> [id, label, date, title], from the filter choices
  load("filters", "search/filters.js").then(function (choices) {
    choices.document.forEach(function (d) { documents.set(d[0], d); });
    FILTERS.forEach(function (f) {
      var select = form.elements[f];
      choices[f].forEach(function (pair) {
        var option = document.createElement("option");
        option.value = pair[0];
        option.textContent = pair[1];
        select.appendChild(option);
      });
    });
    fromAddress();
    run();
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var params = new URLSearchParams();
    if (input.value.trim()) params.set("q", input.value.trim());
    FILTERS.forEach(function (f) { if (form.elements[f].value) params.set(f, form.elements[f].value); });
    history.pushState(null, "", "?" + params.toString());
    run();
  });
  window.addEventListener("popstate", function () { fromAddress(); run(); });
  document.documentElement.dataset.searchMode = mode;
})();
