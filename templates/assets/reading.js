// The Reading list page. Without "#list=" in its address, the reader's own list, kept in
// this browser (list-format.js): a title, a note and questions, and items with a note
// each, moved up and down and removed. With it, the list the link carries, read only, as
// a handout: saving it ("Save a copy to my list", "Edit a copy") asks before it replaces
// or adds to a list the reader has. Every action says what it did, at the foot of the
// window and to screen readers. Passage texts come from the offline index's classic
// scripts (loader.js), which load from a folder as well as from a server.
(function () {
  "use strict";

  var format = window.archiveListFormat;
  var index = window.archiveIndex;
  var MOST = format.MOST;
  var root = new URL("../", location.href); // the site's root: this page is reading/index.html
  var $ = function (id) { return document.getElementById(id); };
  var form = $("reading-form"), status = $("reading-status"), passages = $("reading-passages");
  var handout = document.querySelector(".reading-handout");
  var intro = document.querySelector(".reading-intro"); // for the owner of a list, not its readers
  var site = handout.dataset.url || ""; // the site's public address, where the build has one

  var mine = format.read(); // the reader's own list
  var shown = mine; // the list on the page: the reader's own, or a link's
  var shared = false;

  function el(tag, className, text) {
    var x = document.createElement(tag);
    if (className) x.className = className;
    if (text) x.textContent = text;
    return x;
  }

  function button(label, onClick) {
    var b = el("button", "", label);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }

  // An action's answer, at once: shown at the foot of the window for a few seconds and
  // announced by the page's status region (as citing.js does on document pages); where
  // the page shows it already (`quiet`), announced only.
  var hiding = null;
  function say(shownText, spoken, quiet) {
    var box = $("status");
    var words = el("span", "", shownText);
    words.setAttribute("aria-hidden", "true");
    box.replaceChildren(words, el("span", "visually-hidden", spoken || shownText));
    box.className = quiet ? "visually-hidden" : "toast";
    window.clearTimeout(hiding);
    hiding = window.setTimeout(function () { box.className = "visually-hidden"; box.replaceChildren(); }, 6000);
  }

  function count(n) { return n + (n === 1 ? " item" : " items"); }

  // An item's blocks as the document page names them: "¶9", "¶9–¶11", "#heading-1".
  function nameOf(item) {
    var ends = item[1] === item[2] ? [item[1]] : [item[1], item[2]];
    return ends.map(function (id) { var n = /^p(\d+)$/.exec(id); return n ? "¶" + n[1] : "#" + id; }).join("–");
  }

  // A text fragment's words, escaped as the syntax asks ("-", "," and "&" included).
  function fragmentText(text) {
    return encodeURIComponent(text).replace(/-/g, "%2D").replace(/,/g, "%2C");
  }

  // An item's address from the site's root: its blocks, the version its link was made
  // at (so that the document page tells of a revision since) and a quotation's words.
  function addressOf(item, doc) {
    var words = item[4] ? item[4].split(" ") : [];
    var quote = !words.length ? ""
      : ":~:text=" + (words.length > 10 ? fragmentText(words.slice(0, 4).join(" ")) + "," +
        fragmentText(words.slice(-4).join(" ")) : fragmentText(item[4]));
    return "documents/" + item[0] + "/index.html" +
      (item[3] ? "?v=" + item[3] : "") + "#" + (item[1] === item[2] ? item[1] : item[1] + "-" + item[2]) + quote;
  }

  // -- the list's title, note, questions and link, as the handout shows them ------------
  var linking = 0;
  function showHandout() {
    $("reading-shown-title").textContent = shown.title || "Reading list";
    $("reading-shown-note").textContent = shown.note;
    $("reading-shown-questions").replaceChildren.apply($("reading-shown-questions"),
      shown.questions.split("\n").filter(function (q) { return q.trim(); }).map(function (q) { return el("li", "", q.trim()); }));
    var n = ++linking;
    return format.encode(shown).then(function (code) {
      if (n !== linking) return;
      // with no public address, the list's place in the collection: never a folder of
      // this machine or a loopback address
      var link = (site || "") + "reading/index.html#list=" + code;
      $("reading-link").value = link;
      $("reading-address").textContent = site ? "This list: " + link : "";
    });
  }

  function changed() {
    if (!format.write(mine)) say("Not kept: this browser keeps no list on this page");
    showHandout();
  }

  // Said above the list, until the page shows another: what was not opened, and why.
  function warn(message) {
    var warning = el("p", "reading-warning", message);
    warning.setAttribute("role", "alert");
    $("reading-shared").before(warning);
  }

  function warnings() {
    document.querySelectorAll(".reading-warning").forEach(function (x) { x.remove(); });
  }

  // -- the items --------------------------------------------------------------------------
  var entries = new Map(); // by list item element: { item, li, up, down, ... }
  var rendering = 0, made = 0;

  // The offline index's table and the documents' (search/filters.js: each document with
  // the fields its table names: id, title, date, paragraphs...), or null where they
  // cannot be read.
  function metaOrNone() {
    return Promise.all([
      index.load("meta", "search/offline/meta.js"), index.load("filters", "search/filters.js")
    ]).then(function (both) {
      return { index: both[0], documents: index.named(both[1].documents) };
    }).catch(function (error) {
      status.textContent = error.message + ": the passages are shown by their addresses.";
      return null;
    });
  }

  async function showItems() {
    var n = ++rendering;
    passages.replaceChildren();
    passages.removeAttribute("aria-busy");
    entries.clear();
    status.textContent = shown.items.length ? "" : shared ? "This list holds no passages."
      : "Your list is empty: add paragraphs, passages or quotations from a document page with “Add to reading list”.";
    if (!shown.items.length) return;
    var meta = await metaOrNone();
    if (n !== rendering) return;
    var places = new Map(meta ? meta.documents.map(function (d, i) { return [d.id, i]; }) : []);
    var listed = shown.items.map(function (item) {
      var place = places.get(item[0]);
      var e = entry(item, place === undefined ? null : meta.documents[place]);
      passages.appendChild(e.li);
      return [e, place];
    });
    renumber();
    passages.setAttribute("aria-busy", "true"); // until every text is in
    for (var i = 0; i < listed.length; i++) {
      if (listed[i][1] !== undefined) await showText(listed[i][0], meta, listed[i][1]);
      if (n !== rendering) return;
    }
    passages.removeAttribute("aria-busy");
  }

  function entry(item, doc) {
    var k = ++made;
    var e = { item: item, li: el("li", "reading-item"), text: el("div", "reading-text") };
    var heading = el("h3");
    heading.id = "item-" + k;
    e.prefix = (doc ? doc.date + ": " + doc.title : item[0]) + ", " + (item[4] ? "quotation from " : "");
    e.link = el("a", "", e.prefix + nameOf(item));
    e.link.href = new URL(addressOf(item, doc), root).href;
    heading.appendChild(e.link);
    e.li.appendChild(heading);
    if (site) e.li.appendChild(el("p", "print-only reading-item-address", site + addressOf(item, doc)));
    if (item[4]) e.text.appendChild(el("blockquote", "reading-quotation", "“" + item[4] + "”"));
    else if (!doc) e.text.textContent = "This passage is not in the offline index; its link leads to its place.";
    e.li.appendChild(e.text);
    var note = el("p", "reading-item-note" + (shared ? "" : " print-only"));
    e.showNote = function () {
      note.replaceChildren();
      if (e.item[5]) note.append(el("strong", "", "Note: "), e.item[5]);
    };
    e.showNote();
    e.li.appendChild(note);
    if (!shared) ownTools(e, heading);
    entries.set(e.li, e);
    return e;
  }

  // The paragraphs an item names, from the offline index, each after its ¶ number.
  async function showText(e, meta, place) {
    var records = meta.documents[place].paragraphs ? await index.paragraphs(meta.index, place) : [];
    var ids = records.map(function (rec) { return rec[1]; });
    var a = ids.indexOf(e.item[1]), b = ids.indexOf(e.item[2]);
    if (a < 0 || b < 0) {
      if (!e.item[4]) e.text.textContent = "This passage is not in the offline index; its link leads to its place.";
      return;
    }
    var these = records.slice(Math.min(a, b), Math.max(a, b) + 1);
    var labels = these[0][2] + (these.length > 1 ? " to " + these[these.length - 1][2] : "");
    e.link.textContent = e.prefix + labels;
    if (e.item[4]) return;
    var quote = el("blockquote");
    these.forEach(function (rec) {
      var p = el("p");
      p.append(el("span", "reading-para", rec[2]), " " + rec[3]);
      quote.appendChild(p);
    });
    e.text.replaceChildren(quote);
  }

  // -- the reader's own list: a note per item, moving and removing ------------------------
  function ownTools(e, heading) {
    var field = el("textarea");
    field.id = "note-" + heading.id;
    field.rows = 2;
    field.maxLength = format.LIMITS.itemNote;
    field.value = e.item[5] || "";
    var label = el("label", "", "Your note");
    label.htmlFor = field.id;
    var noted = el("p", "reading-item-field");
    noted.append(label, field);
    field.addEventListener("input", function () {
      var at = mine.items.indexOf(e.item), it = e.item;
      e.item = format.item(it[0], it[1], it[2], it[3], it[4], field.value);
      if (at >= 0) mine.items[at] = e.item;
      e.showNote();
      changed();
    });
    field.addEventListener("change", function () {
      say("Saved your note on item " + position(e) + " (" + nameOf(e.item) + ")");
    });
    var tools = el("p", "reading-item-tools");
    tools.setAttribute("role", "group");
    tools.setAttribute("aria-labelledby", heading.id);
    e.up = button("Move up", function () { move(e, -1); });
    e.down = button("Move down", function () { move(e, 1); });
    tools.append(e.up, " ", e.down, " ", button("Remove", function () { remove(e); }));
    e.li.append(noted, tools);
  }

  function position(e) { return mine.items.indexOf(e.item) + 1; }

  function renumber() {
    var last = passages.children.length - 1;
    Array.from(passages.children).forEach(function (li, i) {
      var e = entries.get(li);
      if (!e || !e.up) return;
      e.up.disabled = i === 0;
      e.down.disabled = i === last;
    });
  }

  // The item moves, and focus with it: on the button pressed, or where that button can
  // no longer move it (at the top or the foot of the list), on the other one.
  function move(e, by) {
    var at = mine.items.indexOf(e.item), to = at + by;
    if (at < 0 || to < 0 || to >= mine.items.length) return;
    mine.items.splice(at, 1);
    mine.items.splice(to, 0, e.item);
    var other = by < 0 ? e.li.previousElementSibling : e.li.nextElementSibling;
    if (by < 0) e.li.after(other); else e.li.before(other); // e.li stays: focus stays in it
    renumber();
    changed();
    var pressed = by < 0 ? e.up : e.down;
    (pressed.disabled ? (by < 0 ? e.down : e.up) : pressed).focus();
    e.li.scrollIntoView({ block: "nearest" });
    say("Moved item " + (at + 1) + " (" + nameOf(e.item) + ") " + (by < 0 ? "up" : "down") +
      ": it is now item " + (to + 1) + " of " + mine.items.length);
  }

  function remove(e) {
    var at = mine.items.indexOf(e.item);
    if (at < 0) return;
    mine.items.splice(at, 1);
    var next = e.li.nextElementSibling || e.li.previousElementSibling;
    e.li.remove();
    entries.delete(e.li);
    renumber();
    changed();
    if (next) next.querySelector(".reading-item-tools button:last-child").focus();
    else $("reading-shown-title").focus();
    if (!mine.items.length) showItems();
    say("Removed item " + (at + 1) + " (" + nameOf(e.item) + "): your list holds " + count(mine.items.length));
  }

  // Said above the form: a list kept here longer than a list may be (from before adding
  // stopped at MOST), kept whole.
  function tooLong() {
    if (mine.items.length <= MOST) return;
    warn("This list holds " + mine.items.length + " passages, more than the " + MOST +
      " a reading list can hold. None is left out; remove " + (mine.items.length - MOST) + " to add others.");
  }

  function showMine() {
    shared = false;
    handout.classList.add("reading-mine"); // its title, note and questions are in the form
    mine = shown = format.read();
    $("reading-shared").hidden = true;
    intro.hidden = false;
    form.hidden = false;
    form.elements.title.value = mine.title;
    form.elements.note.value = mine.note;
    form.elements.questions.value = mine.questions;
    closeChoices();
    tooLong();
    showHandout();
    return showItems();
  }

  form.addEventListener("input", function (event) {
    if (!event.target.name) return;
    mine.title = form.elements.title.value;
    mine.note = form.elements.note.value;
    mine.questions = form.elements.questions.value;
    changed();
  });
  form.addEventListener("change", function (event) {
    var what = { title: "the title", note: "the note for readers", questions: "the questions" }[event.target.name];
    if (what) say("Saved " + what);
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); });

  // A list's link from anywhere (the published site, another copy): opened on this page.
  var pasting = $("reading-open");
  function openPasted() {
    var pasted = pasting.value.trim();
    var at = pasted.indexOf("#list=");
    if (at < 0) {
      say(pasted ? "That is not a reading list’s link: it has no “#list=” in it" : "Paste a reading list’s link first");
      pasting.focus();
      return;
    }
    pasting.value = "";
    location.hash = pasted.slice(at); // shown as a link's list is: "Showing the list from the link…"
  }
  $("reading-open-go").addEventListener("click", openPasted);
  pasting.addEventListener("keydown", function (event) {
    if (event.key === "Enter") { event.preventDefault(); openPasted(); }
  });

  $("reading-copy").addEventListener("click", function () {
    var field = $("reading-link");
    var done = function () {
      say("Link to the list copied: " + count(mine.items.length) +
        (site ? "" : "; this copy has no public address, so the link is the list's place in the collection"));
    };
    showHandout().then(function () {
      if (navigator.clipboard && window.isSecureContext) {
        return navigator.clipboard.writeText(field.value).then(done, function () { legacyCopy(field); done(); });
      }
      legacyCopy(field);
      done();
    });
  });

  function legacyCopy(field) {
    field.select();
    document.execCommand("copy");
  }

  $("reading-print").addEventListener("click", function () { window.print(); });
  $("reading-print-shared").addEventListener("click", function () { window.print(); });

  // -- choices asked before the kept list is emptied, replaced or added to -------------
  function ask(box, said) {
    closeChoices();
    box.querySelector("p").textContent = said;
    box.hidden = false;
    box.querySelector("button").focus();
    say(said, said, true); // the question stands above its buttons: not again at the foot
  }

  function closeChoices() {
    $("reading-choice").hidden = true;
    $("reading-clear-choice").hidden = true;
  }

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    if (!$("reading-choice").hidden) cancelSave();
    else if (!$("reading-clear-choice").hidden) keepList();
  });

  $("reading-clear").addEventListener("click", function () {
    if (!mine.items.length && !mine.title && !mine.note && !mine.questions) {
      say("Your list is empty already");
      return;
    }
    ask($("reading-clear-choice"), "Empty your list of " + count(mine.items.length) +
      (mine.title ? ", “" + mine.title + "”" : "") + "? It cannot be brought back.");
  });
  $("reading-clear-yes").addEventListener("click", function () {
    var had = mine.items.length;
    mine = shown = format.empty();
    form.reset();
    closeChoices();
    changed();
    showItems();
    $("reading-clear").focus();
    say("Emptied your list: it held " + count(had));
  });
  function keepList() {
    closeChoices();
    $("reading-clear").focus();
    say("Kept your list as it was");
  }
  $("reading-clear-no").addEventListener("click", keepList);

  // -- a list from a link -----------------------------------------------------------------
  var afterSaving = null; // "stay" or "edit", while the reader chooses how to save

  function blank(list) { return !list.items.length && !list.title && !list.note && !list.questions; }

  function showShared(list, dropped) {
    shared = true;
    handout.classList.remove("reading-mine");
    shown = list;
    form.hidden = true;
    intro.hidden = true;
    $("reading-shared").hidden = false;
    closeChoices();
    $("reading-save").textContent = "Save a copy to my list";
    var own = format.read();
    $("reading-shared-said").textContent = "This list comes from its link and is shown as a handout; " +
      "reading it changes nothing. " + (blank(own) ? "You have no list of your own in this browser."
        : "Your own list (" + count(own.items.length) + ") stays as it is unless you choose to replace it or add to it.");
    if (dropped) {
      warn(count(dropped) + " of this link could not be read (" + (dropped === 1 ? "it is" : "they are") +
        " damaged or too long), so " + (dropped === 1 ? "it is" : "they are") + " left out.");
    }
    showHandout();
    return showItems();
  }

  function copyOf(list) { return JSON.parse(JSON.stringify(list)); }

  function saveCopy(then) {
    var own = format.read();
    if (blank(own)) {
      saved(copyOf(shown), "Saved a copy as your list: " + count(shown.items.length), then);
      return;
    }
    afterSaving = then;
    var framed = shown.title || shown.note || shown.questions;
    ask($("reading-choice"), "Your list in this browser holds " + count(own.items.length) +
      (own.title ? ", “" + own.title + "”" : "") + ". Replace it with this list, or add this list’s " +
      count(shown.items.length) + " at its end?" + (framed ? " Added, they come with their notes " +
      "but without this list’s title, note and questions: your own stay." : ""));
  }

  function saved(list, message, then) {
    closeChoices();
    if (!format.write(list)) { say("Not saved: this browser keeps no list on this page"); return; }
    if (then === "edit") {
      history.pushState(null, "", location.pathname + location.search);
      warnings();
      showMine();
      form.elements.title.focus();
    } else {
      $("reading-save").textContent = "Saved to my list";
      $("reading-shared-said").textContent = "A copy of this list is saved in your list (" +
        count(list.items.length) + "): “Open my list” shows it.";
      $("reading-save").focus();
    }
    say(message);
  }

  $("reading-save").addEventListener("click", function () { saveCopy("stay"); });
  $("reading-edit").addEventListener("click", function () { saveCopy("edit"); });
  $("reading-replace").addEventListener("click", function () {
    saved(copyOf(shown), "Replaced your list with this one: " + count(shown.items.length), afterSaving);
  });
  $("reading-append").addEventListener("click", function () {
    var own = format.read();
    var told = format.merge(own, shown.items);
    var message = "Added " + count(told.added) + " to the end of your list" +
      (told.already ? ", " + told.already + " already there" : "") +
      (told.left ? ", " + told.left + " left out (a list holds at most " + MOST + ")" : "") +
      ": it holds " + count(own.items.length);
    saved(own, message, afterSaving);
  });
  function cancelSave() {
    closeChoices();
    $(afterSaving === "edit" ? "reading-edit" : "reading-save").focus();
    say("Nothing saved: your list is as it was");
  }
  $("reading-cancel").addEventListener("click", cancelSave);

  // -- which list: the address says -----------------------------------------------------
  var routing = 0;
  function route() {
    var n = ++routing;
    var match = /^#list=(.*)$/.exec(location.hash);
    if (!match) { warnings(); return showMine(); }
    return format.decode(match[1]).then(function (got) {
      if (n !== routing) return null;
      warnings();
      if (!got.error) return showShared(got.list, got.dropped);
      var why = {
        long: "The list in this link holds " + got.count + " passages, more than the " + MOST +
          " a reading list can hold, so it was not opened",
        unsupported: "The list in this link is written in a compact form this browser cannot read, " +
          "so it was not opened",
        damaged: "The list in this link could not be read (the link is damaged or was cut short), " +
          "so it was not opened"
      }[got.error];
      warn(why + ": the list below is the one kept in this browser.");
      return showMine();
    });
  }

  // A list's link pasted into the address bar of this page, or the way back from one.
  window.addEventListener("hashchange", function () {
    route().then(function () {
      say(shared ? "Showing the list from the link: " + (shown.title ? "“" + shown.title + "”, " : "") +
        count(shown.items.length) + "; your own list is unchanged" : "Showing your list: " + count(mine.items.length));
    });
  });

  // Another tab changed the kept list (added an item from a document page): shown here.
  window.addEventListener("storage", function (event) {
    if (event.key !== format.KEY && event.key !== null) return;
    if (!shared) { warnings(); showMine(); }
  });

  route().catch(function (error) { status.textContent = error.message; });
})();
