// Reads the search's data files, classic scripts that browsers load from a folder as well
// as from a server (search/filters.js, search/offline/*.js): each calls
// window.archiveSearchLoaded(name, data) and is read once. Used by search.js and reading.js.
(function () {
  "use strict";

  var root = new URL("../", document.currentScript.src); // the site's root, above assets/
  var loaded = {};
  var waiting = {};

  window.archiveSearchLoaded = function (name, data) {
    loaded[name] = data;
    (waiting[name] || []).forEach(function (done) { done(data); });
    delete waiting[name];
  };

  // The data of a file (`path` from the site's root), by the name it gives itself.
  function load(name, path) {
    return new Promise(function (resolve, reject) {
      if (name in loaded) { resolve(loaded[name]); return; }
      var first = !waiting[name];
      (waiting[name] = waiting[name] || []).push(resolve);
      if (!first) return;
      var tag = document.createElement("script");
      tag.src = new URL(path, root).href;
      tag.onerror = function () { reject(new Error("The search index could not be read: " + path)); };
      document.head.appendChild(tag);
    });
  }

  // The data of a file written packed (its JSON deflated, in base64: the offline index's
  // record and term files), inflated once.
  function unpacked(name, path) {
    return load(name, path).then(function (packed) { return rows(name, packed); });
  }

  // A record file's rows: its JSON, deflated and written in base64, inflated once.
  var inflated = {};
  function rows(name, packed) {
    if (!inflated[name]) {
      var bytes = Uint8Array.from(atob(packed), function (c) { return c.charCodeAt(0); });
      var text = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
      inflated[name] = new Response(text).text().then(JSON.parse);
    }
    return inflated[name];
  }

  // A document's paragraphs in the offline index (by its place among the documents), in
  // reading order: each [document, block, label, text, mentions] (meta is meta.js's data).
  function paragraphs(meta, place) {
    return unpacked("r-" + place, meta.paths.records + place + ".js");
  }

  // A table of search/filters.js ({fields, rows}) as objects, each field by its name.
  function named(table) {
    return table.rows.map(function (row) {
      var record = {};
      table.fields.forEach(function (field, i) { record[field] = row[i]; });
      return record;
    });
  }

  window.archiveIndex = { load: load, unpacked: unpacked, paragraphs: paragraphs, named: named };
})();
