// The reading list's format, shared by document.js (which adds to the list) and reading.js
// (the Reading list page): its items, the copy kept in this browser's storage, and the
// compact form a list's link carries (#list=...). Whatever it reads, from storage or from
// an address, is checked for type and length; nothing it is given makes it throw.
(function () {
  "use strict";

  var KEY = "archive-reading-list";
  var MOST = 200; // items a list holds: a document page adds none past it
  var LIMITS = { title: 200, note: 4000, questions: 4000, quote: 1000, itemNote: 1000 };
  var INFLATED_MOST = 1000000; // bytes a link's list may unpack to (a list at its limits is less)
  var ID = /^[\w.-]{1,200}$/, VERSION = /^[0-9a-f-]{0,40}$/;

  // An item: [document, first block, last block, version, quotation, note]. The version is
  // the ?v= token a copied link to the same blocks carries ("" where a block has none), so
  // that its link tells of a revision; the quotation, selected words; the note, the
  // reader's own. Empty fields at the end are left off: a paragraph's item is three or
  // four strings, as items were before quotations and notes.
  function item(doc, first, last, version, quote, note) {
    var out = [doc, first, last, version || "", quote || "", note || ""];
    while (out.length > 3 && !out[out.length - 1]) out.pop();
    return out;
  }

  function validItem(x) {
    return Array.isArray(x) && x.length >= 3 && x.length <= 6 && x.every(function (v, i) {
      return typeof v === "string" && (i < 3 ? ID.test(v) : i === 3 ? VERSION.test(v)
        : v.length <= (i === 4 ? LIMITS.quote : LIMITS.itemNote));
    });
  }

  // The same item: the same blocks of the same document, and the same words if quoted.
  function same(a, b) {
    return a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && (a[4] || "") === (b[4] || "");
  }

  function empty() { return { title: "", note: "", questions: "", items: [] }; }

  // A list from what was stored or carried: an object, or the compact link's array
  // [items, title, note, questions]. Texts are cut to their limits; an item that is not
  // one is left out and counted (`dropped`). Null for what is no list at all.
  function checked(value) {
    if (Array.isArray(value)) {
      value = { items: value[0], title: value[1], note: value[2], questions: value[3] };
    }
    if (!value || typeof value !== "object" || !Array.isArray(value.items)) return null;
    var text = function (x, n) { return typeof x === "string" ? x.slice(0, n) : ""; };
    var items = value.items.filter(validItem);
    return {
      list: {
        title: text(value.title, LIMITS.title), note: text(value.note, LIMITS.note),
        questions: text(value.questions, LIMITS.questions), items: items
      },
      dropped: value.items.length - items.length
    };
  }

  // The list kept in this browser (an empty one where there is none). A list longer
  // than MOST, from before adding stopped there, is read whole.
  function read() {
    try {
      var found = checked(JSON.parse(localStorage.getItem(KEY)));
      return found ? found.list : empty();
    } catch (e) { return empty(); }
  }

  // Keeps the list in this browser: false where the browser keeps nothing.
  function write(list) {
    try { localStorage.setItem(KEY, JSON.stringify(list)); return true; } catch (e) { return false; }
  }

  // Puts an item at the end of the kept list, unless it is there already or the list is
  // full: { outcome: "added", "already", "full" or "unkept" (no storage), count }.
  function add(newItem) {
    var list = read();
    var count = list.items.length;
    if (list.items.some(function (had) { return same(had, newItem); })) return { outcome: "already", count: count };
    if (count >= MOST) return { outcome: "full", count: count };
    list.items.push(newItem);
    return write(list) ? { outcome: "added", count: count + 1 } : { outcome: "unkept", count: count };
  }

  // Adds `items` to `list` (changing it) but those it has and those past MOST:
  // how many were added, already there, and left out for want of room.
  function merge(list, items) {
    var told = { added: 0, already: 0, left: 0 };
    items.forEach(function (x) {
      if (list.items.some(function (had) { return same(had, x); })) told.already++;
      else if (list.items.length >= MOST) told.left++;
      else { list.items.push(x.slice()); told.added++; }
    });
    return told;
  }

  // -- the link's form: the list as [items, title, note, questions] in JSON, deflated and
  // written in base64url after "1." (letters an address keeps as they are). A browser
  // without CompressionStream writes the older form, the list's JSON escaped, which every
  // version reads.
  function base64url(bytes) {
    var s = "";
    for (var i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
    return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function plain(list) { return encodeURIComponent(JSON.stringify(list)); }

  // A promise of what follows "#list=" in the list's link.
  function encode(list) {
    if (!window.CompressionStream) return Promise.resolve(plain(list));
    var compact = [list.items, list.title, list.note, list.questions];
    while (compact.length > 1 && !compact[compact.length - 1]) compact.pop();
    var stream = new Blob([JSON.stringify(compact)]).stream()
      .pipeThrough(new CompressionStream("deflate-raw"));
    return new Response(stream).arrayBuffer().then(function (buffer) {
      return "1." + base64url(new Uint8Array(buffer));
    }, function () { return plain(list); });
  }

  // The text a link's compressed list unpacks to, or a rejection past INFLATED_MOST bytes.
  function inflate(text) {
    var bytes = Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), function (c) { return c.charCodeAt(0); });
    var reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
    var parts = [], size = 0;
    function next() {
      return reader.read().then(function (got) {
        if (got.done) return new Blob(parts).text();
        size += got.value.length;
        if (size > INFLATED_MOST) { reader.cancel(); throw new Error("too large"); }
        parts.push(got.value);
        return next();
      });
    }
    return next();
  }

  // What follows "#list=", read: a promise, never rejected, of { list, dropped } or
  // { error: "damaged" | "unsupported" | "long", count (for "long") }.
  function decode(value) {
    var text;
    if (/^1\./.test(value)) {
      if (!window.DecompressionStream) return Promise.resolve({ error: "unsupported" });
      text = Promise.resolve().then(function () { return inflate(value.slice(2)); });
    } else {
      text = Promise.resolve().then(function () { return decodeURIComponent(value); });
    }
    return text.then(function (json) {
      var found = checked(JSON.parse(json));
      if (!found) return { error: "damaged" };
      if (found.list.items.length > MOST) return { error: "long", count: found.list.items.length };
      return found;
    }).catch(function () { return { error: "damaged" }; });
  }

  window.archiveListFormat = {
    KEY: KEY, MOST: MOST, LIMITS: LIMITS, item: item, same: same, empty: empty, read: read,
    write: write, add: add, merge: merge, encode: encode, decode: decode
  };
})();
