// The reading list page: passages a reader added from document pages (kept in this
// browser's storage), with a title, a note and questions, or a list opened from its link,
// whose address carries the whole list (#list=...). Passage texts come from the offline
// index's classic scripts, which load from a folder as well as from a server.
(function () {
  "use strict";

  var KEY = "archive-reading-list";
  var MAX_ITEMS = 200; // as document.js, which adds no passage past it
  var base = new URL("../", location.href); // the site's root: this page is reading/index.html
  var load = window.archiveIndex.load; // loader.js
  var paragraphsOf = window.archiveIndex.paragraphs;

  // A list as found in storage or an address, checked: strings of bounded length, and
  // passages as [document, first block, last block], and after them as document.js adds
  // them, the version its link carries and a quotation's words, every one of them (a list
  // of more than MAX_ITEMS is never cut short: see `tooLong`).
  function checked(value) {
    var text = function (x, n) { return typeof x === "string" ? x.slice(0, n) : ""; };
    if (!value || typeof value !== "object") return null;
    var items = Array.isArray(value.items) ? value.items : [];
    return {
      title: text(value.title, 200),
      note: text(value.note, 4000),
      questions: text(value.questions, 4000),
      items: items.filter(function (item) {
        return Array.isArray(item) && item.length >= 3 && item.length <= 5 &&
          item.every(function (x, i) {
            return typeof x === "string" && (i < 3 ? /^[\w.-]{1,200}$/.test(x)
              : i === 3 ? /^[0-9a-f-]{0,40}$/.test(x) : x.length <= 1000);
          });
      })
    };
  }

  var refused = 0; // the passages of a link's list too long to open
  function fromAddress() {
    var match = /^#list=(.*)$/.exec(location.hash);
    if (!match) return null;
    var found;
    try { found = checked(JSON.parse(decodeURIComponent(match[1]))); } catch (e) { return null; }
    if (found && found.items.length > MAX_ITEMS) {
      refused = found.items.length;
      return null;
    }
    return found;
  }

  function stored() {
    try { return checked(JSON.parse(localStorage.getItem(KEY))); } catch (e) { return null; }
  }

  function save(list) {
    try { localStorage.setItem(KEY, JSON.stringify(list)); } catch (e) { /* not kept */ }
  }

  var form = document.getElementById("reading-form");
  var status = document.getElementById("reading-status");
  var passages = document.getElementById("reading-passages");
  var list = fromAddress() || stored() || { title: "", note: "", questions: "", items: [] };

  // Said above the form: a link's list too long to open, or a list kept here longer
  // than a list may be (from before adding stopped at MAX_ITEMS), kept whole.
  function tooLong() {
    var most = "more than the " + MAX_ITEMS + " a reading list can hold";
    var message = refused
      ? "The list in this link holds " + refused + " passages, " + most + ", so it was not " +
        "opened: the list below is the one kept in this browser."
      : list.items.length > MAX_ITEMS
        ? "This list holds " + list.items.length + " passages, " + most + ". None is left " +
          "out; remove " + (list.items.length - MAX_ITEMS) + " to add others."
        : "";
    if (!message) return;
    var warning = document.createElement("p");
    warning.className = "reading-warning";
    warning.setAttribute("role", "alert");
    warning.textContent = message;
    form.before(warning);
  }

  function address() {
    return location.href.split("#")[0] + "#list=" + encodeURIComponent(JSON.stringify(list));
  }

  function showHandout() {
    document.getElementById("reading-shown-title").textContent = list.title || "Reading list";
    document.getElementById("reading-shown-note").textContent = list.note;
    var questions = document.getElementById("reading-shown-questions");
    questions.replaceChildren();
    list.questions.split("\n").filter(function (q) { return q.trim(); }).forEach(function (q) {
      var item = document.createElement("li");
      item.textContent = q.trim();
      questions.appendChild(item);
    });
    document.getElementById("reading-link").value = address();
  }

  async function showPassages() {
    passages.replaceChildren();
    if (!list.items.length) {
      status.textContent = "The list is empty: add paragraphs or passages from a document page.";
      return;
    }
    status.textContent = "";
    var meta = await load("meta", "search/offline/meta.js");
    // each document: [id, title, date, ...], in the index's order (search/filters.js)
    var documents = (await load("filters", "search/filters.js")).documents;
    var places = new Map(documents.map(function (d, i) { return [d[0], i]; }));
    for (var i = 0; i < list.items.length; i++) {
      var item = list.items[i];
      var li = document.createElement("li");
      var place = places.get(item[0]);
      var doc = documents[place];
      var records = place === undefined || !documents[place][5] ? [] : await paragraphsOf(meta, place);
      var ids = records.map(function (rec) { return rec[1]; });
      var a = ids.indexOf(item[1]), b = ids.indexOf(item[2]);
      var heading = document.createElement("h3");
      var link = document.createElement("a");
      var fragment = item[1] === item[2] ? item[1] : item[1] + "-" + item[2];
      link.href = new URL("documents/" + item[0] + "/index.html#" + fragment, base).href;
      if (a < 0 || b < 0) {
        link.textContent = item[0] + " #" + fragment;
        heading.appendChild(link);
        li.append(heading, "This passage is not in the offline index; its link leads to its place.");
      } else {
        var shown = records.slice(Math.min(a, b), Math.max(a, b) + 1);
        var labels = shown[0][2] + (shown.length > 1 ? " to " + shown[shown.length - 1][2] : "");
        link.textContent = doc[2] + ": " + doc[1] + ", " + labels;
        heading.appendChild(link);
        var quote = document.createElement("blockquote");
        shown.forEach(function (rec) {
          var p = document.createElement("p");
          p.textContent = rec[3];
          quote.appendChild(p);
        });
        li.append(heading, quote);
      }
      var remove = document.createElement("button");
      remove.type = "button";
      remove.className = "reading-remove";
      remove.textContent = "Remove";
      remove.setAttribute("aria-label", "Remove passage " + (i + 1) + " from the list");
      remove.addEventListener("click", (function (at) {
        return function () { list.items.splice(at, 1); changed(); showPassages(); };
      })(i));
      li.appendChild(remove);
      passages.appendChild(li);
    }
  }

  function changed() {
    save(list);
    showHandout();
  }

  form.elements.title.value = list.title;
  form.elements.note.value = list.note;
  form.elements.questions.value = list.questions;
  form.addEventListener("input", function () {
    list.title = form.elements.title.value;
    list.note = form.elements.note.value;
    list.questions = form.elements.questions.value;
    changed();
  });
  document.getElementById("reading-copy").addEventListener("click", function () {
    var field = document.getElementById("reading-link");
    var done = function () { status.textContent = "Link to the list copied."; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(done, function () { field.select(); document.execCommand("copy"); done(); });
    } else {
      field.select();
      document.execCommand("copy");
      done();
    }
  });
  document.getElementById("reading-print").addEventListener("click", function () { window.print(); });
  document.getElementById("reading-clear").addEventListener("click", function () {
    list = { title: "", note: "", questions: "", items: [] };
    form.reset();
    changed();
    showPassages();
  });
  showHandout();
  tooLong();
  showPassages().catch(function (error) { status.textContent = error.message; });
})();
