// Search, on the search page only. An engine tells which documents hold the searched words
// (or hold them as a phrase): over http(s) Pagefind, and opened from a folder (file:),
// where browsers refuse modules and fetch, the offline index, classic scripts loaded as the
// query needs them. All the rest is done here, the same in both modes, so that both give
// the same paragraphs in the same order: how a query is read (its words, the names of the
// archive each may be, the words of the index each finds), which documents pass the
// filters and in what order, and, from each document's paragraphs in the offline index,
// which paragraphs hold the words and name what the paragraph filter asks for.
(function () {
  "use strict";

  var base = new URL("../", location.href); // the site's root: this page is search/index.html
  var PAGE = 50; // paragraphs shown at a time
  var LONGEST = 1000; // characters of a query searched: the rest is left out, and the page says so
  var SHORTEST = 3; // letters of the shortest word a longer searched word falls back to,
  // and of the shortest word matched to a name by its spelling
  var COMBINATIONS = 64; // most sets of spellings (one for each word) an engine is asked
  var AHEAD = 8; // documents read at once
  var FILTER_REST = 400; // milliseconds a filter's choice rests before its search is made
  var load = window.archiveIndex.load; // loader.js
  var unpacked = window.archiveIndex.unpacked;
  var paragraphsOf = window.archiveIndex.paragraphs;
  var records = window.archiveIndex.named; // a table of search/filters.js as objects
  var model = window.archiveWords; // words.js

  // -- the archive's tables (search/filters.js, search/offline/meta.js) ----------------------
  var archive = null;
  function tables() {
    if (!archive) archive = load("filters", "search/filters.js").then(prepare);
    return archive;
  }

  function prepare(data) {
    var docs = records(data.documents).map(function (d, place) {
      d.place = place;
      d.href = "documents/" + d.id + "/index.html";
      return d;
    });
    // the number of each document's first paragraph in the offline index, which numbers
    // them through the archive
    var starts = [];
    docs.reduce(function (at, d) { starts.push(at); return at + d.paragraphs; }, 0);
    var entities = new Map();
    var names = new Map(); // a name's spelling folded -> the forms it may be
    var mentioned = records(data.mention);
    mentioned.forEach(function (e) {
      var entity = { id: e.id, name: e.name, kind: e.kind, counts: steps(e.places), forms: [] };
      entities.set(entity.id, entity);
      e.forms.forEach(function (form) {
        model.queryWords(form).slice(0, 1).forEach(function (w) {
          var named = { text: form, kept: w.kept, term: w.term, entity: entity };
          entity.forms.push(named);
          var key = fold(w.term);
          names.set(key, (names.get(key) || []).concat([named]));
        });
      });
    });
    var byId = new Map(docs.map(function (d) { return [d.id, d]; }));
    var choices = {
      document: docs.map(function (d) { return [d.id, d.date + ": " + d.title]; }),
      mention: mentioned.map(function (e) { return [e.id, e.name, data.mention.groups[e.kind]]; })
    };
    data.facets.forEach(function (f) { choices[f.name] = f.choices; });
    return {
      docs: docs, byId: byId, entities: entities, starts: starts, names: names,
      choices: choices,
      // the filters that choose documents: the document itself, then each of the table's
      filters: ["document"].concat(data.facets.map(function (f) { return f.name; }))
    };
  }

  // A document's value of each filter of documents.
  function facetsOf(archive, d) {
    var out = {};
    archive.filters.forEach(function (f) { out[f] = f === "document" ? d.id : d[f]; });
    return out;
  }

  // "0,2*3" -> Map {0: 1, 2: 3}: places as steps from the one before, base 36, with the
  // count after "*" where it is more than one.
  function steps(text) {
    var out = new Map();
    var last = 0;
    if (text) text.split(",").forEach(function (token) {
      var star = token.indexOf("*");
      last += parseInt(star < 0 ? token : token.slice(0, star), 36);
      out.set(last, star < 0 ? 1 : parseInt(token.slice(star + 1), 36));
    });
    return out;
  }

  // A word's spelling with the differences of transliteration folded away: z and s,
  // kh, ch and h, w and v, ks and x, y, j and i, doubled letters ("Sacharov" and
  // "Sakharov", "Ginsburg" and "Ginzburg", "Zamyatin" and "Zamiatin" fold alike).
  function fold(term) {
    return term.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()
      .replace(/z/g, "s").replace(/[kc]h/g, "h").replace(/w/g, "v").replace(/ks/g, "x")
      .replace(/[yj]/g, "i").replace(/(.)\1+/gu, "$1");
  }

  // The documents are English translations of Russian originals: a word typed in Cyrillic
  // letters is also searched as it is spelt in Latin letters, by this table ("Сахаров",
  // "Sakharov"), and then as a name spelt otherwise is (fold: "Брежнев", "Brezhnev").
  var LATIN = {
    а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "i",
    к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f",
    х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya"
  };
  var CYRILLIC = /[а-яё]/i;
  function inLatin(word) {
    return Array.from(word, function (c) {
      var small = c.toLowerCase();
      var out = Object.prototype.hasOwnProperty.call(LATIN, small) ? LATIN[small] : c;
      return c !== small && out ? out[0].toUpperCase() + out.slice(1) : out;
    }).join("");
  }

  // A query that is a date, a month or a year, as a reader writes one ("18.02.1977",
  // "1977-02-18", "18 February 1977", "February 18, 1977", "Feb 1977", "02.1977", "1977"):
  // { shown: "18 February 1977", year, prefix: of the documents' dates, "1977-02-18" },
  // else null. Dates are the documents' metadata, not words of their text.
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];
  function dateOf(query) {
    var t = query.trim().toLowerCase().replace(/,/g, " ").split(/\s+/);
    function month(word) { // 1 to 12: a month's name or its first three letters or more; or 0
      var m = /^([a-z]{3,})\.?$/.exec(word);
      return m ? MONTHS.findIndex(function (name) { return name.toLowerCase().startsWith(m[1]); }) + 1 : 0;
    }
    function year(word) { return /^[12]\d{3}$/.test(word); }
    function day(word) { return /^\d\d?$/.test(word); }
    var y = null, m = 0, d = 0, parts;
    if (t.length === 1 && (parts = /^([12]\d{3})(?:-(\d\d?)(?:-(\d\d?))?)?$/.exec(t[0]))) {
      y = parts[1]; m = +(parts[2] || 0); d = +(parts[3] || 0);
    } else if (t.length === 1 && (parts = /^(?:(\d\d?)\.)?(\d\d?)\.([12]\d{3})$/.exec(t[0]))) {
      y = parts[3]; m = +parts[2]; d = +(parts[1] || 0);
    } else if (t.length === 2 && month(t[0]) && year(t[1])) {
      y = t[1]; m = month(t[0]);
    } else if (t.length === 3 && year(t[2]) && day(t[0]) && month(t[1])) {
      y = t[2]; m = month(t[1]); d = +t[0];
    } else if (t.length === 3 && year(t[2]) && month(t[0]) && day(t[1])) {
      y = t[2]; m = month(t[0]); d = +t[1];
    }
    if (!y || m > 12 || (d && (!m || new Date(Date.UTC(+y, m - 1, d)).getUTCDate() !== d))) return null;
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return {
      year: y,
      prefix: y + (m ? "-" + two(m) + (d ? "-" + two(d) : "") : ""),
      shown: (d ? d + " " : "") + (m ? MONTHS[m - 1] + " " : "") + y
    };
  }

  var offlineMeta = null;
  function meta() {
    if (!offlineMeta) offlineMeta = load("meta", "search/offline/meta.js");
    return offlineMeta;
  }

  // -- a query, read -------------------------------------------------------------------------
  // Each word of a query becomes a group of spellings: itself, and where it is a name of
  // the archive (one of a person's, organization's or place's names, or spelt as one is
  // once transliteration is folded away), that name's other forms. A paragraph holds a
  // group where it holds any of its spellings.
  function read(query, archive) {
    var quoted = /^\s*".+"\s*$/.test(query);
    var groups = model.queryWords(query).map(function (w) {
      var spellings = [{ text: w.shown, kept: w.kept, term: w.term }];
      // a word in Cyrillic letters: in Latin letters too, a name as the archive spells it
      w.latin = CYRILLIC.test(w.kept) ? model.queryWords(inLatin(w.shown))[0] : undefined;
      if (w.latin) spellings.push({ text: w.latin.shown, kept: w.latin.kept, term: w.latin.term, latin: true });
      var latin = w.latin || w;
      if (latin.term.length >= SHORTEST) {
        (archive.names.get(fold(latin.term)) || []).forEach(function (named) {
          named.entity.forms.forEach(function (form) {
            if (!spellings.some(function (s) { return s.term === form.term; })) spellings.push(form);
          });
        });
      }
      return { word: w, spellings: spellings };
    });
    // no more than COMBINATIONS sets of spellings: the last spelling of the group with the
    // most goes first (never the word as typed)
    for (;;) {
      var count = groups.reduce(function (n, g) { return n * g.spellings.length; }, 1);
      if (count <= COMBINATIONS) break;
      var widest = groups.reduce(function (a, g) { return g.spellings.length > a.spellings.length ? g : a; });
      widest.spellings.pop();
    }
    var date = quoted ? null : dateOf(query);
    // a number alone is a year only where the archive has documents of it: else it is a
    // word of the text ("1972"), or of none ("1000")
    if (date && date.prefix.length === 4 &&
      !archive.docs.some(function (d) { return d.date.startsWith(date.prefix); })) date = null;
    return { query: query, quoted: quoted, groups: groups, date: date };
  }

  // -- the index's words (search/offline/w-*.js), which both modes read --------------------
  function shardName(prefix, key) {
    return prefix + Array.from(key).map(function (c) { return c.codePointAt(0).toString(16); }).join("-");
  }

  // The shards whose words may begin with `term` or be a beginning of it.
  function wordShards(info, term) {
    var keys = info.words.filter(function (key) { return key.startsWith(term) || term.startsWith(key); });
    return Promise.all(keys.map(function (key) {
      var name = shardName("w-", key);
      return load(name, info.paths.terms + name + ".js");
    }));
  }

  // What a spelling finds, as Pagefind finds it: every word of the index it begins; failing
  // that, the longest word of the index that begins it, if of SHORTEST letters or more
  // (never a short prefix such as "s" for "Sacharov"); failing that, nothing (null).
  async function resolve(info, spelling) {
    var term = spelling.term;
    var begun = [], exact = false, best = "", shown = "";
    (await wordShards(info, term)).forEach(function (table) {
      Object.keys(table).forEach(function (word) {
        if (word.startsWith(term)) {
          begun.push(word);
          if (word === term) exact = true;
        } else if (word.length > best.length && term.startsWith(word)) {
          best = word;
          shown = table[word][0] || word;
        }
      });
    });
    // `words`: the words of the index it finds
    if (begun.length) return { prefix: term, exact: exact, words: begun.sort() };
    var kept = await keptBeginning(info, term);
    if (kept) return kept;
    if (best.length >= SHORTEST) return { word: best, shown: shown, words: [best] };
    return null;
  }

  // A spelling no word begins, mistyped or spelt otherwise ("organize", "Washingon"): the
  // longest beginning of it that begins words of the index, if it keeps most of the
  // spelling (never "was" for "Washingon"); searched as that beginning in both modes.
  var KEPT = 0.6; // the least share of a spelling's letters its beginning keeps
  async function keptBeginning(info, term) {
    var least = Math.max(SHORTEST, Math.ceil(term.length * KEPT));
    for (var end = term.length - 1; end >= least; end--) {
      var start = term.slice(0, end), words = [];
      (await wordShards(info, start)).forEach(function (table) {
        Object.keys(table).forEach(function (word) { if (word.startsWith(start)) words.push(word); });
      });
      if (words.length) return { prefix: start, exact: false, words: words.sort(), kept: start, shown: start + "…" };
    }
    return null;
  }

  // Whether an indexed form is one a spelling finds.
  function finds(found, form) {
    return found.prefix !== undefined ? form.startsWith(found.prefix) : form === found.word;
  }

  // The closest words of the index to a word that finds nothing: those of the same first
  // letter at an edit distance of at most 2 (1 for short words), the nearest and most
  // common first.
  async function closest(info, term) {
    if (!term) return [];
    var keys = info.words.filter(function (key) { return key[0] === term[0]; });
    var tables = await Promise.all(keys.map(function (key) {
      var name = shardName("w-", key);
      return load(name, info.paths.terms + name + ".js");
    }));
    var most = term.length <= 4 ? 1 : 2;
    var near = [];
    tables.forEach(function (table) {
      Object.keys(table).forEach(function (word) {
        if (Math.abs(word.length - term.length) > most) return;
        var d = distance(term, word, most);
        if (d <= most) near.push({ word: table[word][0] || word, distance: d, documents: table[word][1] });
      });
    });
    near.sort(function (a, b) {
      return a.distance - b.distance || b.documents - a.documents || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0);
    });
    var out = [];
    near.forEach(function (n) { if (out.length < 3 && out.indexOf(n.word) < 0) out.push(n.word); });
    return out;
  }

  // Edit distance (letters added, taken off, changed or swapped), up to most + 1.
  function distance(a, b, most) {
    var prev2 = null, prev = [], row;
    for (var j = 0; j <= b.length; j++) prev.push(j);
    for (var i = 1; i <= a.length; i++) {
      row = [i];
      var low = i;
      for (var k = 1; k <= b.length; k++) {
        var cost = a[i - 1] === b[k - 1] ? 0 : 1;
        var v = Math.min(prev[k] + 1, row[k - 1] + 1, prev[k - 1] + cost);
        if (prev2 && i > 1 && k > 1 && a[i - 1] === b[k - 2] && a[i - 2] === b[k - 1]) v = Math.min(v, prev2[k - 2] + 1);
        row.push(v);
        if (v < low) low = v;
      }
      if (low > most) return most + 1;
      prev2 = prev;
      prev = row;
    }
    return prev[b.length];
  }

  // Every way of taking one item of each list.
  function combinations(lists) {
    return lists.reduce(function (out, list) {
      var next = [];
      out.forEach(function (head) { list.forEach(function (item) { next.push(head.concat([item])); }); });
      return next;
    }, [[]]);
  }

  // -- the engines -------------------------------------------------------------------------
  // Each answers, for the words of a query (each group's spellings that find something)
  // and the documents from `from` to `to` (places in the archive's order), which of those
  // documents hold them: "all", those that hold every group anywhere; "phrase", those where
  // the spellings themselves come one after another (a spelling of each group, in order,
  // at consecutive words). A search asks for the first documents first, and for more only
  // as it needs them, so that a search of a large archive reads little to show its first
  // paragraphs.
  var BLOCK = 100; // documents asked for first; each next range is as large as all before

  // The offline index: each word's paragraphs and positions, read from its term shard's
  // parts in order, as far as a range needs. A word's list, where it is too long for one
  // part, goes on in the next, each part's list starting afresh.
  function Stream(info, word, starts) {
    var keys = Object.keys(info.shards).filter(function (key) { return word.startsWith(key); });
    this.key = keys.sort(function (a, b) { return b.length - a.length; })[0];
    this.info = info;
    this.word = word;
    this.starts = starts; // each document's first record
    this.part = 0; // the next part to read
    this.seen = false; // whether a part has held the word
    this.ended = this.key === undefined;
    this.tokens = []; // [record, positions], in order
  }
  // The stream's [record, positions] of records lo to hi (not included).
  Stream.prototype.between = async function (lo, hi) {
    while (!this.ended && (!this.tokens.length || this.tokens[this.tokens.length - 1][0] < hi)) {
      if (this.part >= this.info.shards[this.key]) { this.ended = true; break; }
      var name = shardName("t-", this.key) + (this.part ? "." + this.part : "");
      var table = await unpacked(name, this.info.paths.terms + name + ".js");
      this.part++;
      var text = Object.prototype.hasOwnProperty.call(table, this.word) ? table[this.word] : undefined;
      if (text === undefined) {
        if (this.seen) this.ended = true;
        continue;
      }
      this.seen = true;
      Array.prototype.push.apply(this.tokens, decode(text, this.starts));
    }
    var out = [];
    for (var i = firstAtLeast(this.tokens, lo); i < this.tokens.length && this.tokens[i][0] < hi; i++) out.push(this.tokens[i]);
    return out;
  };

  function firstAtLeast(tokens, record) {
    var low = 0, high = tokens.length;
    while (low < high) {
      var middle = (low + high) >> 1;
      if (tokens[middle][0] < record) low = middle + 1; else high = middle;
    }
    return low;
  }

  // "a.3.2,5.0,2:1.4" -> [[10, [3, 5]], [15, [0]], [r, [4]]] (r: the second record of the
  // document two on): each paragraph as a step from the one before, in its document, or
  // as documents on ":" its place in its document; then its positions (the first as
  // counted from nought, each other as a step), base 36. Records as numbered through the
  // archive, from each document's first (`starts`).
  function decode(text, starts) {
    var out = [];
    var doc = 0;
    var paragraph = 0;
    text.split(",").forEach(function (token) {
      var parts = token.split(".");
      var colon = parts[0].indexOf(":");
      if (colon < 0) {
        paragraph += parseInt(parts[0], 36);
      } else {
        doc += parseInt(parts[0].slice(0, colon), 36);
        paragraph = parseInt(parts[0].slice(colon + 1), 36);
      }
      var last = starts[doc] + paragraph;
      var at = 0;
      var positions = [];
      for (var i = 1; i < parts.length; i++) {
        at += parseInt(parts[i], 36);
        positions.push(at);
      }
      out.push([last, positions]);
    });
    return out;
  }

  function documentOf(starts, record) {
    var low = 0;
    var high = starts.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (starts[middle] <= record) low = middle; else high = middle - 1;
    }
    return low;
  }

  function OfflineEngine(archive) {
    this.archive = archive;
    this.streams = new Map();
  }
  OfflineEngine.prototype.stream = function (info, word) {
    if (!this.streams.has(word)) this.streams.set(word, new Stream(info, word, this.archive.starts));
    return this.streams.get(word);
  };
  // Record -> positions of the words of a group's spellings (or of their own words, for
  // a phrase) in records lo to hi.
  OfflineEngine.prototype.group = async function (info, spellings, exact, lo, hi) {
    var into = new Map();
    for (const s of spellings) {
      var words = exact ? (s.found.exact ? [s.term] : []) : s.found.words;
      for (const word of words) {
        (await this.stream(info, word).between(lo, hi)).forEach(function (t) {
          var held = into.get(t[0]);
          if (!held) into.set(t[0], held = []);
          held.push.apply(held, t[1]);
        });
      }
    }
    return into;
  };
  OfflineEngine.prototype.documents = async function (words, which, from, to) {
    var info = await meta();
    var starts = this.archive.starts;
    var lo = starts[from];
    var hi = to < starts.length ? starts[to] : info.records;
    var self = this;
    var groups = await Promise.all(words.map(function (g) { return self.group(info, g, which === "phrase", lo, hi); }));
    var out = new Set();
    if (which === "all") {
      var sets = groups.map(function (g) {
        return new Set(Array.from(g.keys(), function (r) { return documentOf(starts, r); }));
      });
      sets[0].forEach(function (d) {
        if (sets.every(function (set) { return set.has(d); })) out.add(d);
      });
      return out;
    }
    groups[0].forEach(function (first, r) {
      var later = groups.slice(1).map(function (g) { return g.get(r); });
      if (later.some(function (x) { return !x; })) return;
      var sets = later.map(function (x) { return new Set(x); });
      if (first.some(function (p) { return sets.every(function (set, k) { return set.has(p + k + 1); }); })) {
        out.add(documentOf(starts, r));
      }
    });
    return out;
  };

  // Pagefind: each set of spellings asked in turn (in quotes for a phrase), the documents
  // found by their pages; a range of documents asked for by the "part" filter each page
  // carries (the documents of a part: the table's `block`, in the archive's order).
  var pagefind = null;
  function pagefindReady() {
    if (!pagefind) {
      pagefind = Promise.all([
        import(new URL("pagefind/pagefind.js", base).href).then(function (pf) {
          // in this page's own thread: a worker of its own costs more time than it saves
          return pf.options({ baseUrl: base.pathname, noWorker: true }).then(function () {
            return pf.init();
          }).then(function () { return pf; });
        }),
        load("pagefind-pages", "pagefind/archive-pages.js")
      ]).then(function (both) {
        var place = new Map();
        both[1].pages.split(",").forEach(function (page, d) { if (page) place.set(both[1].prefix + page, d); });
        return { pf: both[0], place: place, block: both[1].block, count: both[1].pages.split(",").length };
      });
      pagefind.catch(function () { pagefind = null; });
    }
    return pagefind;
  }

  function PagefindEngine() {}
  PagefindEngine.prototype.documents = async function (words, which, from, to) {
    var ready = await pagefindReady();
    var out = new Set();
    var options = {};
    if (from > 0 || to < ready.count) {
      var parts = [];
      for (var p = Math.floor(from / ready.block); p * ready.block < to; p++) parts.push(String(p));
      options.filters = { part: { any: parts } };
    }
    var lists = which === "all" ? words : words.map(function (group) {
      return group.filter(function (s) { return s.found.exact; });
    });
    for (var combo of combinations(lists)) {
      var asked = combo.map(function (s) { return s.found.kept || s.kept; }).join(" ");
      var found = await ready.pf.search(which === "all" ? asked : "\"" + asked + "\"", options);
      found.results.forEach(function (r) {
        var d = ready.place.get(r.id);
        if (d >= from && d < to) out.add(d);
      });
    }
    return out;
  };

  function engineFor(engine, archive) {
    return engine === "pagefind" ? new PagefindEngine() : new OfflineEngine(archive);
  }

  // -- a search --------------------------------------------------------------------------
  // Documents in the archive's order (by date), paragraphs in reading order; with several
  // words not in quotes, the paragraphs that hold them as a phrase come first.

  // Whether a document passes the chosen filters, but for the filter `except`.
  function passes(archive, doc, chosen, except) {
    var facets = facetsOf(archive, archive.docs[doc]);
    if (!archive.filters.every(function (f) { return f === except || !chosen[f] || facets[f] === chosen[f]; })) return false;
    if (except !== "mention" && chosen.mention) {
      var entity = archive.entities.get(chosen.mention);
      return Boolean(entity && entity.counts.has(doc));
    }
    return true;
  }

  // The ranges of documents a search asks for in turn: BLOCK, then as many as before.
  function ranges(count) {
    var out = [];
    for (var from = 0, size = BLOCK; from < count; from += size, size = from) {
      out.push([from, Math.min(count, from + size)]);
    }
    return out;
  }

  // A search of `engine` for `query` with the `chosen` filters: `next(n)` gives its next n
  // paragraphs at most (fewer at the end); `complete()` finds all the documents that hold
  // the words (where the first paragraphs did not need them all), for the counts.
  async function search(engine, query, chosen) {
    var archive = await tables();
    var info = await meta();
    var plan = read(query, archive);
    var out = {
      engine: engine, query: query, chosen: chosen, quoted: plan.quoted, groups: plan.groups,
      archive: archive, missing: [], suggestions: [], documents: null, held: null, counts: null,
      shown: 0, done: false, date: plan.date
    };
    var count = archive.docs.length;
    var tiers = []; // what is listed, in turn: [tier, what the engine is asked]
    var asked = null; // the engine, and the words it is asked
    if (plan.groups.length) {
      for (var g of plan.groups) {
        for (var s of g.spellings) {
          s.found = await resolve(info, s);
          // a date's numbers are not guessed at ("1977-02-18" is no "1977")
          if (plan.date && s.found && s.found.prefix !== s.term) s.found = null;
        }
        // a spelling the index has (a name's other form) leaves out a guess made for another
        if (g.spellings.some(function (s) { return s.found && s.found.prefix === s.term; })) {
          g.spellings.forEach(function (s) { if (s.found && s.found.prefix !== s.term) s.found = null; });
        }
        g.finding = g.spellings.filter(function (s) { return s.found; });
        if (!g.finding.length) out.missing.push(g.word);
      }
      if (out.missing.length) {
        out.suggestions = plan.date ? [] : await Promise.all(out.missing.map(function (w) {
          return closest(info, (w.latin || w).term);
        }));
        out.done = true;
        out.documents = 0;
        out.next = function () { return Promise.resolve([]); };
        out.complete = function () { return Promise.resolve(); };
        return out;
      }
      asked = { engine: engineFor(engine, archive), words: plan.groups.map(function (g) { return g.finding; }) };
      if (plan.quoted) tiers = [["phrase", "phrase"]];
      else if (plan.groups.length > 1) tiers = [["phrase", "phrase"], ["rest", "all"]];
      else tiers = [["all", "all"]];
    } else {
      tiers = [["list", null]];
      out.counts = counts(archive, chosen, null);
      out.total = out.counts.total;
    }
    var spans = ranges(count).filter(function (range) { // those with a document that passes
      for (var d = range[0]; d < range[1]; d++) if (passes(archive, d, chosen)) return true;
      return false;
    });
    var test = paragraphTest(plan, chosen);
    var tier = 0, span = 0; // the next range of documents to ask for
    var queue = []; // [tier, document] to read, in order
    var waiting = []; // the next documents' paragraphs, being read
    var ready = []; // paragraphs found and not yet given
    async function more() { // the next range's documents into the queue; false at the end
      if (tier >= tiers.length) return false;
      var range = spans[span];
      var name = tiers[tier][0];
      if (range) {
        var docs;
        if (tiers[tier][1]) {
          var found = await asked.engine.documents(asked.words, tiers[tier][1], range[0], range[1]);
          docs = Array.from(found).sort(function (a, b) { return a - b; });
        } else {
          docs = [];
          for (var d = range[0]; d < range[1]; d++) docs.push(d);
        }
        docs.forEach(function (d) { if (passes(archive, d, chosen)) queue.push([name, d]); });
      }
      if (++span >= spans.length) { span = 0; tier++; }
      return true;
    }
    out.next = async function (n) {
      while (ready.length < n) {
        while (waiting.length < AHEAD && queue.length) waiting.push(readDocument(info, archive, queue.shift()));
        if (!waiting.length) {
          if (await more()) continue;
          break;
        }
        var doc = await waiting.shift();
        doc.rows.forEach(function (row) {
          if (test(row, doc.tier)) ready.push(result(archive, row, plan));
        });
      }
      var given = ready.splice(0, n);
      out.shown += given.length;
      out.done = !ready.length && !queue.length && !waiting.length && tier >= tiers.length;
      return given;
    };
    out.complete = async function () {
      if (!asked || out.counts) return;
      var which = plan.quoted ? "phrase" : "all";
      var all = await asked.engine.documents(asked.words, which, 0, count);
      out.held = Array.from(all).filter(function (d) { return passes(archive, d, chosen); }).sort(function (a, b) { return a - b; });
      out.documents = out.held.length;
      out.counts = counts(archive, chosen, Array.from(all));
    };
    return out;
  }

  // A document's paragraphs, read: { tier, rows }.
  function readDocument(info, archive, item) {
    var rows = archive.docs[item[1]].paragraphs ? paragraphsOf(info, item[1]) : Promise.resolve([]);
    return rows.then(function (found) { return { tier: item[0], rows: found }; });
  }

  // Whether a paragraph ([document, block, label, text, mentions]) is listed in a tier:
  // "all" (one word: it holds it), "phrase" (it holds the words one after another),
  // "rest" (it holds every word, but not as a phrase), "list" (no words), and in any tier
  // it names what the paragraph filter asks for.
  function paragraphTest(plan, chosen) {
    var groups = plan.groups;
    var cache = new WeakMap();
    function formsOf(row) {
      var found = cache.get(row);
      if (!found) cache.set(row, found = model.wordForms(row[3]));
      return found;
    }
    function holds(each) {
      return groups.every(function (g) {
        return each.some(function (word) {
          return word.some(function (form) { return g.finding.some(function (s) { return finds(s.found, form); }); });
        });
      });
    }
    function asPhrase(each) {
      var exact = groups.map(function (g) {
        return new Set(g.finding.filter(function (s) { return s.found.exact; }).map(function (s) { return s.term; }));
      });
      for (var i = 0; i + groups.length <= each.length; i++) {
        var k = 0;
        while (k < groups.length && each[i + k].some(function (form) { return exact[k].has(form); })) k++;
        if (k === groups.length) return true;
      }
      return false;
    }
    return function (row, tier) {
      if (chosen.mention && row[4].indexOf(chosen.mention) < 0) return false;
      if (tier === "list") return true;
      var each = formsOf(row);
      if (tier === "all") return holds(each);
      if (tier === "phrase") return asPhrase(each);
      return holds(each) && !asPhrase(each);
    };
  }

  function result(archive, row, plan) {
    var doc = archive.docs[row[0]];
    return {
      document: doc.id, block: row[1], title: doc.title, date: doc.date, label: row[2],
      href: new URL(doc.href, base).href + "#" + row[1],
      excerpt: excerpt(row[3], plan)
    };
  }

  var AROUND = 300; // characters of a paragraph an excerpt shows, about what it marks

  // What a result shows of its paragraph: for a phrase, where the phrase stands, marked as
  // one; for words, from a little before the first searched word, each marked as the
  // search found it (a whole word where the paragraph has it whole; "the" and such words
  // only where nothing else was searched). It starts and ends on a word, with "…" where
  // the paragraph goes on.
  function excerpt(text, plan) {
    var found = plan.groups.length ? (plan.quoted ? phraseIn(text, plan.groups) : wordsIn(text, plan.groups)) : [];
    var start = 0, end = Math.min(text.length, AROUND);
    if (found.length) {
      var first = found[0];
      // a phrase in the middle; a word after some of what comes before it
      var before = plan.quoted ? Math.max(0, Math.floor((AROUND - (first[1] - first[0])) / 2)) : 120;
      start = Math.max(0, first[0] - before);
      end = Math.min(text.length, Math.max(start + AROUND, first[1]));
      start = Math.max(0, Math.min(start, end - AROUND)); // near the end: the whole window
    }
    start = wordStart(text, start);
    end = wordEnd(text, end);
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

  var SPACE = /\s/;
  // The start of the word `at` is in (a letter is never cut off), or of the next.
  function wordStart(text, at) {
    while (at > 0 && !SPACE.test(text[at - 1])) at--;
    while (at < text.length && SPACE.test(text[at])) at++;
    return at;
  }
  // The end of the word `at` is in, white space after it left out.
  function wordEnd(text, at) {
    while (at < text.length && !SPACE.test(text[at])) at++;
    while (at > 0 && SPACE.test(text[at - 1])) at--;
    return at;
  }

  // Where a phrase stands in a text: the spellings of each of its words that the search
  // asked for as a phrase (those that are whole words of the index).
  function phraseIn(text, groups) {
    return model.phraseMarks(text, groups.map(function (g) {
      return g.finding.filter(function (s) { return s.found.exact; }).map(function (s) { return s.term; });
    }));
  }

  // Where the searched words stand in a text: each group's spellings whole where the text
  // has one whole, else as the search found them (a word beginning with it); the common
  // words left out where others were searched.
  function wordsIn(text, groups) {
    var kept = groups.filter(function (g) { return !model.isStop(g.word.kept); });
    if (!kept.length) kept = groups;
    var each = model.wordForms(text);
    var tests = kept.map(function (g) {
      function whole(form) {
        return g.finding.some(function (s) { return form === (s.found.word !== undefined ? s.found.word : s.found.prefix); });
      }
      function begun(form) { return g.finding.some(function (s) { return finds(s.found, form); }); }
      return each.some(function (forms) { return forms.some(whole); }) ? whole : begun;
    });
    return model.marksOf(text, function (form) { return tests.some(function (t) { return t(form); }); });
  }

  // What each choice of each filter would give: with no words, paragraphs (from the
  // table of each document's paragraphs and of those that name each entity); with words,
  // the documents among `held` that hold them.
  function counts(archive, chosen, held) {
    var out = { mention: new Map(), total: 0, unit: held ? "documents" : "paragraphs" };
    archive.filters.forEach(function (f) { out[f] = new Map(); });
    var among = held ? held : archive.docs.map(function (d) { return d.place; });
    var mentioned = chosen.mention ? archive.entities.get(chosen.mention) : null;
    function add(map, key, n) { map.set(key, (map.get(key) || 0) + n); }
    among.forEach(function (place) {
      var d = archive.docs[place];
      var n = held ? 1 : mentioned ? (mentioned.counts.get(place) || 0) : d.paragraphs;
      var facets = facetsOf(archive, d);
      archive.filters.forEach(function (f) {
        if (passes(archive, place, chosen, f)) add(out[f], facets[f], n);
      });
      if (passes(archive, place, chosen)) out.total += n;
    });
    var heldSet = held ? new Set(held) : null;
    archive.entities.forEach(function (entity) {
      var n = 0;
      entity.counts.forEach(function (c, place) {
        if ((!heldSet || heldSet.has(place)) && passes(archive, place, chosen, "mention")) n += heldSet ? 1 : c;
      });
      out.mention.set(entity.id, n);
    });
    return out;
  }

  // Both engines, for whoever compares them: the tests ask each for every paragraph.
  function asking(engine) {
    return async function (query, chosen, limit) {
      var s = await search(engine, query, chosen || {});
      return s.next(limit || PAGE);
    };
  }
  window.archiveSearch = {
    pagefind: asking("pagefind"), offline: asking("offline"), search: search, fold: fold
  };

  // -- the page -----------------------------------------------------------------------------
  var form = document.getElementById("search-form");
  if (!form) return;
  // the filters as the page's form lists them (from the same table as search/filters.js)
  var FILTERS = Array.prototype.map.call(form.querySelectorAll("select[data-by]"), function (s) { return s.name; });
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var how = document.getElementById("search-how");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var panel = document.getElementById("search-filters");
  var chosenCount = document.getElementById("filters-chosen");
  var unit = document.getElementById("filters-unit");
  var clear = document.getElementById("filters-clear");
  var mode = location.protocol === "file:" ? "offline" : "pagefind";
  // past the filters to the results, by keyboard, without a history entry the search reads
  form.querySelector(".skip-inline").addEventListener("click", function (event) {
    event.preventDefault();
    list.focus();
  });
  var current = null; // the search shown
  var asked = 0; // searches begun: an answer to an earlier one is not shown

  function chosenFromForm() {
    var chosen = {};
    FILTERS.forEach(function (f) {
      var value = form.elements[f].value;
      if (value) chosen[f] = value;
    });
    return chosen;
  }

  function item(r, highlight) {
    var li = document.createElement("li");
    var link = document.createElement("a");
    var url = new URL(r.href);
    if (highlight) url.searchParams.set("highlight", highlight);
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
    li.append(link, where, text);
    return li;
  }

  // What a document page marks for a result: for a phrase, the phrase in quotes, each of
  // its words with the other spellings it was searched for after "|"; else each spelling
  // that found something, as a reader writes it.
  function highlightOf(s) {
    if (s.quoted) {
      return "\"" + s.groups.map(function (g) {
        var words = [];
        g.finding.forEach(function (sp) {
          if (!sp.found.exact) return;
          var word = sp === g.spellings[0] ? sp.text : sp.kept; // a name's form may be words
          if (words.indexOf(word) < 0) words.push(word);
        });
        return words.join("|");
      }).join(" ") + "\"";
    }
    var words = [];
    s.groups.forEach(function (g) {
      (g.finding || []).forEach(function (sp) {
        var word = sp.found.kept || (sp.found.word !== undefined ? sp.found.shown : sp.text);
        if (words.indexOf(word) < 0) words.push(word);
      });
    });
    return words.join(" ");
  }

  function named(s) {
    var e = s.chosen.mention && s.archive.entities.get(s.chosen.mention);
    return e ? e.name : s.chosen.mention;
  }

  function described(s) {
    var parts = [];
    s.archive.filters.forEach(function (f) {
      if (!s.chosen[f]) return;
      var shown = f === "document" && s.archive.byId.get(s.chosen.document)
        ? s.archive.byId.get(s.chosen.document).title : s.chosen[f].replace(/-/g, " ");
      parts.push(f + " " + shown);
    });
    if (s.chosen.mention) parts.push("mentions " + named(s));
    return parts;
  }

  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }

  function say(s, cut) {
    var n = s.shown;
    var text;
    var asked = s.quoted ? "the phrase “" + s.query.trim().slice(1, -1).trim() + "”" : "“" + s.query + "”";
    if (!s.groups.length) {
      var inDocs = s.archive.filters.some(function (f) { return s.chosen[f]; }) ? " in the documents chosen" : "";
      text = s.chosen.mention
        ? plural(s.total, "paragraph mentions ", "paragraphs mention ") + named(s) + inDocs + "."
        : plural(s.total, "paragraph", "paragraphs") + inDocs + ".";
      if (s.total > n) text += " The first " + n + " are listed.";
    } else if (n === 0 && s.date && (s.missing.length || !described(s).length)) {
      text = "No paragraphs found for " + asked + ": it reads as a date, " + s.date.shown + ", and no paragraph’s text holds it.";
    } else if (s.missing.length) {
      text = "No paragraphs found for " + asked + ": " + s.missing.map(function (w) {
        return "“" + w.shown + "”" + (w.latin ? " (in Latin letters “" + w.latin.shown + "”)" : "");
      }).join(", ") + (s.missing.length === 1 ? " is" : " are") + " in none of the documents." +
        (s.missing.some(function (w) { return w.latin; }) ? " The documents are English translations: search for the words in English." : "");
    } else if (n === 0) {
      var filters = described(s);
      text = "No paragraphs found for " + asked + (filters.length
        ? " with the filters chosen (" + filters.join(", ") + "): “Clear the filters” searches every paragraph."
        : s.documents ? ": no one paragraph holds every word" + holdingAll(s) + "." : ".");
    } else if (s.done) {
      text = plural(n, "paragraph", "paragraphs") + " found for " + asked + ".";
    } else if (s.documents === null) {
      text = "The first " + n + " paragraphs found for " + asked + ".";
    } else {
      text = "The first " + n + " paragraphs found for " + asked + ", in " + plural(s.documents, "document", "documents") + " that hold the words.";
    }
    if (cut) text += " Only its first " + LONGEST.toLocaleString("en") + " characters were searched for.";
    status.textContent = text;
    more.hidden = s.done;
  }

  // The documents that hold every word of a query no one paragraph holds: " though ...".
  function holdingAll(s) {
    if (s.quoted || !s.held || !s.held.length) return "";
    var docs = s.held.slice(0, 3).map(function (place) {
      var d = s.archive.docs[place];
      return "“" + d.title + "” (" + d.date + ")";
    });
    var more = s.held.length > 3 ? ", and " + (s.held.length - 3) + " more" : "";
    return s.held.length === 1 ? ", though one document holds them all: " + docs[0]
      : ", though " + s.held.length + " documents hold them all: " + docs.join(", ") + more;
  }

  // One line on how the search was made, as a student would report it.
  function explain(s) {
    var line = [s.engine === "pagefind" ? "Searched with Pagefind" : "Searched with the offline index"];
    if (s.groups.length) {
      line.push("for " + s.groups.map(function (g) { return "“" + g.word.shown + "”"; }).join(" ") +
        (s.quoted ? " as a phrase" : s.groups.length > 1 ? ", paragraphs holding the words as a phrase first" : ""));
      var also = [];
      s.groups.forEach(function (g) {
        if (g.word.latin) also.push(g.word.latin.shown + " (for “" + g.word.shown + "”: the documents are English translations)");
        var others = g.spellings.slice(1).filter(function (sp) { return !sp.latin; }).map(function (sp) { return sp.text; })
          .filter(function (text, n, all) { return all.indexOf(text) === n && text !== g.word.shown; });
        if (others.length) also.push(others.join(", ") + " (for “" + g.word.shown + "”)");
        g.spellings.forEach(function (sp) {
          if (sp.found && sp.found.shown) also.push(sp.found.shown + " (for “" + sp.text + "”, which begins no word of the documents)");
        });
      });
      if (also.length) line.push("also searched: " + also.join("; "));
      if (s.date) line.push("read as a date, " + s.date.shown + ", whose documents are listed apart");
    } else {
      line.push("no words");
    }
    var filters = described(s);
    line.push(filters.length ? "filters: " + filters.join(", ") : "no filters");
    line.push("documents by date, paragraphs in reading order");
    how.textContent = line.join(" · ") + ".";
  }

  function suggest(s) {
    if (!s.missing.length) return;
    var words = [];
    s.suggestions.forEach(function (found) { found.forEach(function (w) { if (words.indexOf(w) < 0) words.push(w); }); });
    if (!words.length) return;
    var p = document.createElement("p");
    p.className = "search-suggest";
    p.append("Did you mean ");
    words.forEach(function (w, i) {
      if (i) p.append(i === words.length - 1 ? " or " : ", ");
      var a = document.createElement("a");
      var params = new URLSearchParams(location.search);
      params.set("q", s.missing.length === 1 && s.groups.length > 1
        ? s.query.replace(new RegExp(s.missing[0].raw.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")), w) : w);
      a.href = "?" + params.toString();
      a.textContent = w;
      p.appendChild(a);
    });
    p.append("?");
    list.before(p);
  }

  // A query that is a date: the documents of that date (a date is theirs, not a word of
  // their text), a few by name, and the year filter that lists their paragraphs.
  var DATED = 10; // documents of a date named
  function dated(s) {
    if (!s.date) return;
    var docs = s.archive.docs.filter(function (d) { return d.date.startsWith(s.date.prefix); });
    var box = document.createElement("div");
    box.className = "search-date";
    var p = document.createElement("p");
    p.textContent = docs.length ? plural(docs.length, "document is", "documents are") + " dated " + s.date.shown + ":"
      : "No document is dated " + s.date.shown + ".";
    box.appendChild(p);
    if (docs.length) {
      var ul = document.createElement("ul");
      docs.slice(0, DATED).forEach(function (d) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = new URL(d.href, base).href;
        a.textContent = d.title;
        li.append(d.date + ": ", a);
        ul.appendChild(li);
      });
      if (docs.length > DATED) {
        var rest = document.createElement("li");
        rest.textContent = "and " + (docs.length - DATED) + " more";
        ul.appendChild(rest);
      }
      box.appendChild(ul);
    }
    if ((s.archive.choices.year || []).some(function (c) { return c[0] === s.date.year; })) {
      var filter = document.createElement("p");
      var link = document.createElement("a");
      var params = new URLSearchParams(location.search);
      params.delete("q");
      params.set("year", s.date.year);
      link.href = "?" + params.toString();
      link.textContent = "Year " + s.date.year;
      filter.append("The year filter lists every paragraph of the documents of " + s.date.year + ": ", link, ".");
      box.appendChild(filter);
    }
    list.before(box);
  }

  // Each choice with what it would give (none while that is not known).
  function showCounts(s) {
    FILTERS.forEach(function (f) {
      Array.from(form.elements[f].options).forEach(function (option) {
        if (!option.value) return;
        var text = option.dataset.label + (s.counts ? " (" + (s.counts[f].get(option.value) || 0) + ")" : "");
        if (option.textContent !== text) option.textContent = text;
      });
    });
    unit.textContent = !s.counts ? "A filter applies as soon as it is chosen."
      : s.counts.unit === "paragraphs" ? "The numbers count the paragraphs each choice gives."
        : "The numbers count the documents that hold the words.";
  }

  function showChosen() {
    var n = FILTERS.filter(function (f) { return form.elements[f].value; }).length;
    chosenCount.textContent = n ? " (" + n + ")" : "";
    clear.hidden = !n;
  }

  async function run() {
    var query = input.value.trim();
    var chosen = chosenFromForm();
    var mine = ++asked;
    showChosen();
    document.querySelectorAll(".search-suggest, .search-date").forEach(function (p) { p.remove(); });
    if (!query && !Object.keys(chosen).length) {
      list.replaceChildren();
      status.textContent = "";
      how.textContent = "";
      more.hidden = true;
      current = null;
      showCounts({ counts: counts(await tables(), {}, null) });
      return;
    }
    var chars = Array.from(query);
    var cut = chars.length > LONGEST;
    if (cut) query = chars.slice(0, LONGEST).join("").trim();
    status.textContent = "Searching…";
    try {
      if (mode === "pagefind") {
        // the offline copy has no Pagefind index: served over HTTP, it reads the offline index
        await pagefindReady().catch(function () { mode = "offline"; });
        document.documentElement.dataset.searchMode = mode;
      }
      var s = await search(mode, query, chosen);
      var first = await s.next(PAGE);
      if (mine !== asked) return;
      current = s;
      s.cut = cut;
      s.highlight = highlightOf(s);
      list.replaceChildren.apply(list, first.map(function (r) { return item(r, s.highlight); }));
      say(s, cut);
      explain(s);
      suggest(s);
      dated(s);
      showCounts(s);
      // all the documents that hold the words, for the counts, once the first are shown
      await new Promise(function (done) { requestAnimationFrame(function () { setTimeout(done); }); });
      if (mine !== asked) return;
      await s.complete();
      if (mine !== asked) return;
      say(s, cut);
      showCounts(s);
    } catch (error) {
      if (mine === asked) status.textContent = error.message;
    }
  }

  more.addEventListener("click", async function () {
    var s = current;
    if (!s) return;
    var next = await s.next(PAGE);
    if (s !== current) return;
    var firstNew = null;
    next.forEach(function (r) {
      var li = item(r, s.highlight);
      if (!firstNew) firstNew = li;
      list.appendChild(li);
    });
    say(s, s.cut);
    if (firstNew) {
      firstNew.tabIndex = -1;
      firstNew.focus();
    }
  });

  function fromAddress() {
    var params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    FILTERS.forEach(function (f) { form.elements[f].value = params.get(f) || ""; });
    // addresses of earlier versions of the page: a person mentioned
    ["person", "organization", "place"].forEach(function (old) {
      if (params.get(old) && !params.get("mention")) form.elements.mention.value = params.get(old);
    });
  }

  function toAddress(push) {
    var params = new URLSearchParams();
    if (input.value.trim()) params.set("q", input.value.trim());
    FILTERS.forEach(function (f) { if (form.elements[f].value) params.set(f, form.elements[f].value); });
    var address = "?" + params.toString();
    if (push) history.pushState(null, "", address); else history.replaceState(null, "", address);
  }

  tables().then(function (archive) {
    FILTERS.forEach(function (f) {
      var select = form.elements[f];
      var groups = {};
      archive.choices[f].forEach(function (choice) {
        var option = document.createElement("option");
        option.value = choice[0];
        option.textContent = choice[1];
        option.dataset.label = choice[1];
        var into = select;
        if (f === "mention") {
          var label = choice[2];
          if (!groups[label]) {
            groups[label] = document.createElement("optgroup");
            groups[label].label = label;
            select.appendChild(groups[label]);
          }
          into = groups[label];
        }
        into.appendChild(option);
      });
    });
    fromAddress();
    // on a narrow screen the filters fold away, so that the first result is on the first screen
    if (window.matchMedia("(max-width: 40rem)").matches) panel.open = false;
    document.documentElement.dataset.searchReady = "true";
    run();
    // what every search needs, read while the reader types
    meta();
    if (mode === "pagefind") pagefindReady().catch(function () { /* a search falls back */ });
  });

  // A filter stepped through with the arrow keys changes at every step: the search waits
  // until the choice rests, and makes and says one answer, not one a step.
  var resting = null;
  function searchNow() {
    clearTimeout(resting);
    toAddress(true);
    run();
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    searchNow();
  });
  form.addEventListener("change", function (event) {
    if (event.target.tagName !== "SELECT") return;
    clearTimeout(resting);
    resting = setTimeout(searchNow, FILTER_REST);
  });
  clear.addEventListener("click", function () {
    FILTERS.forEach(function (f) { form.elements[f].value = ""; });
    searchNow();
    form.elements.document.focus();
  });
  window.addEventListener("popstate", function () { fromAddress(); run(); });
  document.documentElement.dataset.searchMode = mode;
})();
