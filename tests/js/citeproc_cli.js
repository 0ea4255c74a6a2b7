// Renders CSL-JSON items with citeproc-js (npm "citeproc"), the reference implementation
// of CSL, for the tests to hold the build's citeproc-py citations to. Reads one JSON
// request on standard input: {style, locale, items, cites: [{id, what, locator, twin}]},
// where `what` is "entry" (a bibliography entry) or "cite" (a note or an in-text
// citation), and `twin` registers a second work by the same author beside it, as a list
// of works cited that holds two (MLA then names the short title in the text). Each cite
// is rendered by an engine that knows only its item (and the twin): nothing else cited
// changes its form. Writes a JSON list of the plain texts, in the order of the cites.
"use strict";
const fs = require("fs");
const CSL = require("citeproc");

const request = JSON.parse(fs.readFileSync(0, "utf8"));
const style = CSL.parseXml(fs.readFileSync(request.style, "utf8"));
const locale = fs.readFileSync(request.locale, "utf8");
const items = Object.fromEntries(request.items.map((item) => [item.id, item]));

const engines = new Map(); // by the items each knows (a cluster leaves no state behind)
function engineFor(item, withTwin) {
  const key = item.id + (withTwin ? " and its twin" : "");
  if (!engines.has(key)) {
    const twin = { id: "twin", type: "document", title: "Another work", author: item.author,
      issued: item.issued };
    const known = { [item.id]: item, twin: twin };
    const sys = { retrieveLocale: () => locale, retrieveItem: (id) => known[id] };
    const engine = new CSL.Engine(sys, style, "en-US", true);
    engine.setOutputFormat("text");
    engine.updateItems(withTwin ? ["twin", item.id] : [item.id]);
    engines.set(key, engine);
  }
  return engines.get(key);
}

function render(cite) {
  const item = items[cite.id];
  const engine = engineFor(item, cite.twin);
  if (cite.what === "entry") {
    const [meta, entries] = engine.makeBibliography();
    return entries[meta.entry_ids.findIndex((ids) => ids.includes(item.id))];
  }
  const one = { id: item.id };
  if (cite.locator) Object.assign(one, { locator: cite.locator, label: "paragraph" });
  return engine.makeCitationCluster([one]);
}

process.stdout.write(JSON.stringify(request.cites.map((cite) => render(cite).trim())));
