// Search, on the search page only. Over http(s) it asks Pagefind; opened from a folder
// (file:), where browsers refuse modules and fetch, it reads the offline index, a set of
// classic scripts loaded as the query needs them. Both give the same shape of result:
// a paragraph, with its document, date, number and an excerpt with the words marked.
(function () {
  "use strict";

  var base = new URL("../", location.href); // the site's root: this page is search/index.html
  var FILTERS = ["document", "year", "type", "classification", "person"];
  var MAX = 50;
  var loaded = {};
  var waiting = {};

  window.archiveSearchLoaded = function (name, data) {
    loaded[name] = data;
    (waiting[name] || []).forEach(function (done) { done(data); });
    delete waiting[name];
  };

  function load(name, path) {
    return new Promise(function (resolve, reject) {
      if (name in loaded) { resolve(loaded[name]); return; }
      var first = !waiting[name];
      (waiting[name] = waiting[name] || []).push(resolve);
      if (!first) return;
      var tag = document.createElement("script");
      tag.src = new URL(path, base).href;
      tag.onerror = function () { reject(new Error("The search index could not be read: " + path)); };
      document.head.appendChild(tag);
    });
  }

  var words = window.archiveWords;
  var matches = window.archiveMatches;

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
  function offline(query, chosen) {
    return load("meta", "search/offline/meta.js").then(function (meta) {
      var terms = words(query);
      if (!terms.length) return [];
      // As Pagefind does, a search word matches every indexed word it begins.
      return Promise.all(terms.map(function (term) {
        // The shards of words that begin with the term: those whose key does, and the
        // one with the longest key that begins the term (a shorter one holds no such word).
        var keys = Object.keys(meta.shards);
        var wanted = keys.filter(function (key) { return key.indexOf(term) === 0; });
        var holding = keys.filter(function (key) { return term.indexOf(key) === 0; })
          .sort(function (a, b) { return b.length - a.length; })[0];
        if (holding !== undefined && wanted.indexOf(holding) < 0) wanted.push(holding);
        var files = [];
        wanted.forEach(function (key) {
          for (var part = 0; part < meta.shards[key]; part++) files.push(termFile(key, part));
        });
        return Promise.all(files.map(function (file) {
          return load(file, "search/offline/" + file + ".js");
        })).then(function (tables) {
          var merged = new Map();
          tables.forEach(function (table) {
            Object.keys(table).forEach(function (word) {
              if (word.indexOf(term) !== 0) return;
              decode(table[word]).forEach(function (p) {
                merged.set(p[0], (merged.get(p[0]) || 0) + p[1]);
              });
            });
          });
          return Array.from(merged, function (entry) {
            return [entry[0], entry[1], documentOf(meta.starts, entry[0])];
          });
        });
      })).then(function (postings) {
        var docSets = postings.map(function (list) {
          return new Set(list.map(function (p) { return p[2]; }));
        });
        var docs = docSets.length ? Array.from(docSets[0]).filter(function (d) {
          return docSets.every(function (set) { return set.has(d); }) && passes(meta.documents[d], chosen);
        }) : [];
        var keep = new Set(docs);
        var score = new Map();
        postings.forEach(function (list) {
          list.forEach(function (p) {
            if (!keep.has(p[2])) return;
            var s = score.get(p[0]) || 0;
            score.set(p[0], s + 100 + p[1]);
          });
        });
        var ranked = Array.from(score.keys()).sort(function (a, b) {
          return (score.get(b) - score.get(a)) || (a - b);
        }).slice(0, MAX);
        var shards = Array.from(new Set(ranked.map(function (r) {
          return Math.floor(r / meta.recordsPerShard);
        })));
        return Promise.all(shards.map(function (n) {
          return load("r-" + n, "search/offline/r-" + n + ".js");
        })).then(function () {
          return ranked.map(function (r) {
            var rec = loaded["r-" + Math.floor(r / meta.recordsPerShard)][r % meta.recordsPerShard];
            var doc = meta.documents[rec[0]];
            return {
              title: doc[1], date: doc[2], label: rec[2],
              href: new URL(doc[7], base).href + "#" + rec[1],
              excerpt: excerpt(rec[3], terms)
            };
          });
        });
      });
    });
  }

  function passes(doc, chosen) {
    var facets = { document: [doc[0]], year: [doc[3]], type: [doc[4]], classification: [doc[5]], person: doc[6] };
    return FILTERS.every(function (f) { return !chosen[f] || facets[f].indexOf(chosen[f]) >= 0; });
  }

  function excerpt(text, terms) {
    var found = [];
    var pattern = new RegExp(window.archiveTokenPattern.source, "gu");
    var m;
    while ((m = pattern.exec(text))) {
      if (matches(m[0], terms)) found.push([m.index, m.index + m[0].length]);
    }
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
  function online(query, chosen) {
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
        if (!batch.length || out.length >= MAX) return out.slice(0, MAX);
        return Promise.all(batch.map(function (r) { return r.data(); })).then(function (pages) {
          pages.forEach(function (page) {
            page.sub_results.forEach(function (sub) {
              if (sub.url.indexOf("#") < 0) return;
              out.push({
                title: page.meta.title, date: page.meta.date, label: label(sub.url.split("#")[1], page.meta.renumbered),
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

  // -- the page -----------------------------------------------------------------------------
  var form = document.getElementById("search-form");
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

  function render(results, query) {
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
  }

  function run() {
    var query = input.value.trim();
    var chosen = chosenFromForm();
    if (!query) { list.replaceChildren(); status.textContent = ""; return; }
    status.textContent = "Searching…";
    // The offline copy has no Pagefind index: served over HTTP, it reads the offline index.
    var searching = mode === "offline" ? offline(query, chosen)
      : online(query, chosen).catch(function () { mode = "offline"; return offline(query, chosen); });
    searching.then(function (results) {
      render(results, query);
    }).catch(function (error) {
      status.textContent = error.message;
    });
  }

  function fromAddress() {
    var params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    FILTERS.forEach(function (f) { form.elements[f].value = params.get(f) || ""; });
  }

  load("filters", "search/filters.js").then(function (choices) {
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
