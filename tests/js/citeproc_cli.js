// Renders CSL-JSON items with citeproc-js (npm "citeproc"), the reference implementation
// of CSL, for the tests to hold the build's citeproc-py citations to. Reads one JSON
// request on standard input: {locale, items, styles: [{style, cites: [{id, what, locator,
// twin}]}]}, where `what` is "entry" (a bibliography entry) or "cite" (a note or an
// in-text citation), and `twin` registers a second work by the same author beside it, as
// a list of works cited that holds two (MLA then names the short title in the text).
// Each style's engine is built once (most of citeproc-js's time: a second or two for
// Chicago), and before each cite it is told to know only that cite's item (and its twin):
// nothing else cited changes its form. Writes a JSON list for each style of the plain
// texts, in the order of its cites.
"use strict";
const fs = require("fs");
const CSL = require("citeproc");

const request = JSON.parse(fs.readFileSync(0, "utf8"));
const locale = fs.readFileSync(request.locale, "utf8");
const known = {};
for (const item of request.items) {
  known[item.id] = item;
  // the twin of each item is an item of its own, so no engine keeps one item's twin for another
  known[twinOf(item)] = { id: twinOf(item), type: "document", title: "Another work",
    author: item.author, issued: item.issued };
}
const sys = { retrieveLocale: () => locale, retrieveItem: (id) => known[id] };

function twinOf(item) {
  return `${item.id} twin`;
}

function render(engine, cite) {
  const item = known[cite.id];
  engine.updateItems(cite.twin ? [twinOf(item), item.id] : [item.id]);
  if (cite.what === "entry") {
    const [meta, entries] = engine.makeBibliography();
    return entries[meta.entry_ids.findIndex((ids) => ids.includes(item.id))];
  }
  const one = { id: item.id };
  if (cite.locator) Object.assign(one, { locator: cite.locator, label: "paragraph" });
  return engine.makeCitationCluster([one]);
}

const out = request.styles.map(({ style, cites }) => {
  const engine = new CSL.Engine(sys, CSL.parseXml(fs.readFileSync(style, "utf8")), "en-US", true);
  engine.setOutputFormat("text");
  return cites.map((cite) => render(engine, cite).trim());
});
process.stdout.write(JSON.stringify(out));
