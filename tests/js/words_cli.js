// Runs the site's word model (assets/words.js, after Snowball's stemmer) under node for the
// tests: one JSON request per line on standard input, one JSON answer per line out.
"use strict";
const fs = require("fs");
const path = require("path");
const readline = require("readline");
const vm = require("vm");

const assets = path.join(__dirname, "..", "..", "templates", "assets");
// the model's patterns, as the build writes them (search/model.js), come as the first line
const lines = readline.createInterface({ input: process.stdin });
let model = null;
lines.on("line", (line) => {
  if (model === null) {
    model = load(JSON.parse(line));
    return;
  }
  const { call, args } = JSON.parse(line);
  process.stdout.write(JSON.stringify(model[call](...args)) + "\n");
});

function load(patterns) {
  const context = vm.createContext({ Intl, TextEncoder, Map, Set });
  context.window = context;
  context.archiveWordModel = patterns;
  for (const file of ["snowball/base-stemmer.js", "snowball/english-stemmer.js", "words.js"]) {
    vm.runInContext(fs.readFileSync(path.join(assets, file), "utf8"), context, { filename: file });
  }
  return context.archiveWords;
}
